import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  reviewAnswerer
} from "./chunks/chunk-2AMOTOYQ.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-I7YJSAYT.js";
import {
  prepareInjector
} from "./chunks/chunk-CUGFU6LC.js";
import "./chunks/chunk-YLJ3X52I.js";
import "./chunks/chunk-HUARZBUR.js";
import "./chunks/chunk-5CZA6WIN.js";
import "./chunks/chunk-STGMZJUA.js";
import "./chunks/chunk-D3XFHBVA.js";
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
