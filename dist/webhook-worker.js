import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  reviewAnswerer
} from "./chunks/chunk-KYREJC2K.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-VFJZ4K2T.js";
import "./chunks/chunk-QLM7QKL3.js";
import "./chunks/chunk-R56FJPZO.js";
import "./chunks/chunk-7DD2NUNG.js";
import {
  prepareInjector
} from "./chunks/chunk-4P6O6REU.js";
import "./chunks/chunk-ACMWZV3F.js";
import "./chunks/chunk-GXKLT2VF.js";
import "./chunks/chunk-JVS6AGS5.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-MRUMKARZ.js";
import "./chunks/chunk-66ALYMBE.js";
import "./chunks/chunk-GKZETWE4.js";

// src/cli/webhook-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var answer = reviewAnswerer(prepareInjector(await loadInjectorConfig(setup.inputs, {})), setup.options);
parentPort.on("message", (msg) => {
  parentPort.postMessage({ id: msg.id, answer: answer(msg.body) });
});
parentPort.postMessage({ ready: true });
