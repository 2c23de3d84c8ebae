import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  reviewAnswerer
} from "./chunks/chunk-SVMDX5UM.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-F72MEBKQ.js";
import "./chunks/chunk-4FZ5O6JR.js";
import "./chunks/chunk-AGZNUTG6.js";
import {
  prepareInjector
} from "./chunks/chunk-OEARLKKL.js";
import "./chunks/chunk-RODY3LIP.js";
import "./chunks/chunk-K3TB7OTU.js";
import "./chunks/chunk-3U2KYIZR.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-DY3IP3X6.js";
import "./chunks/chunk-R65FSZE3.js";
import "./chunks/chunk-HW64GBDU.js";

// src/cli/webhook-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var setup = workerData;
var answer = reviewAnswerer(prepareInjector(await loadInjectorConfig(setup.inputs, {})), setup.options);
parentPort.on("message", (msg) => {
  parentPort.postMessage({ id: msg.id, answer: answer(msg.body) });
});
parentPort.postMessage({ ready: true });
