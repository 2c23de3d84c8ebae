import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  reviewAnswerer
} from "./chunks/chunk-NZ4LLIGL.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-75X4QJNS.js";
import "./chunks/chunk-HUARZBUR.js";
import "./chunks/chunk-KIMMVMBM.js";
import {
  prepareInjector
} from "./chunks/chunk-6QC3YQWL.js";
import "./chunks/chunk-PCSYW5TY.js";
import "./chunks/chunk-ODMI6MIK.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-6IGL3DAH.js";
import "./chunks/chunk-ZV2WLJBK.js";
import "./chunks/chunk-HW64GBDU.js";

// src/cli/webhook-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var answer = reviewAnswerer(prepareInjector(await loadInjectorConfig(setup.inputs, {})), setup.options);
parentPort.on("message", (msg) => {
  parentPort.postMessage({ id: msg.id, answer: answer(msg.body) });
});
parentPort.postMessage({ ready: true });
