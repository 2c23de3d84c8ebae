import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  reviewAnswerer
} from "./chunks/chunk-35SNKOQF.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-WY6RGXND.js";
import "./chunks/chunk-4FZ5O6JR.js";
import "./chunks/chunk-P327LHM6.js";
import {
  prepareInjector
} from "./chunks/chunk-PZVLFTNV.js";
import "./chunks/chunk-MIGZF3OT.js";
import "./chunks/chunk-HFT2YTTB.js";
import "./chunks/chunk-R7FFD76N.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-WVV7UOCD.js";
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
