import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  errorFromWire,
  toWire
} from "./chunk-XCS4NH2I.js";
import {
  assemble,
  injectOneDocument
} from "./chunk-JY2JBGQ2.js";
import "./chunk-HAYXLUUR.js";
import {
  existsSync,
  init_node_fs
} from "./chunk-R56FJPZO.js";
import "./chunk-4P6O6REU.js";
import "./chunk-ACMWZV3F.js";
import "./chunk-GXKLT2VF.js";
import "./chunk-JVS6AGS5.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/parallel/pool.ts
init_node_fs();
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH = 24;
var AHEAD = 2;
var EARLY_SHARE = 0.05;
function workerScript() {
  for (const rel of ["./inject-worker.js", "../inject-worker.js"]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return url;
  }
  return void 0;
}
function startParallelInjection(docs, setup, threads) {
  const workerCount = threads - 1;
  if (workerCount < 1) return void 0;
  const script = workerScript();
  if (!script) return void 0;
  const results = new Array(docs.length);
  const queue = [];
  for (let i = 0; i < docs.length; i += BATCH) queue.push(range(i, Math.min(i + BATCH, docs.length)));
  let pending = 0;
  let failure;
  let wake;
  let finished = false;
  const workers = [];
  const send = (w, batch) => {
    if (!batch) return;
    pending++;
    const message = { at: batch, docs: batch.map((i) => toWire(docs[i])) };
    w.postMessage(message);
  };
  const receive = (w, m) => {
    if ("failed" in m) {
      failure ??= errorFromWire(m.failed, docs[0]);
    } else if ("results" in m) {
      pending--;
      for (const r of m.results) results[r.at] = fromWireResult(r, docs[r.at]);
      send(w, queue.shift());
    }
    wake?.();
  };
  const early = Math.ceil(queue.length * EARLY_SHARE / workerCount);
  for (let k = 0; k < workerCount; k++) {
    const w = new Worker(script, { workerData: setup });
    w.on("message", (m) => receive(w, m));
    w.on("error", (e) => {
      failure ??= e;
      wake?.();
    });
    w.on("exit", (code) => {
      if (!finished) failure ??= new Error(`an injection worker thread stopped (exit code ${code}) before its batches were done`);
      wake?.();
    });
    workers.push(w);
    for (let b = 0; b < early + AHEAD && queue.length > 0; b++) send(w, queue.pop());
  }
  const stop = () => {
    finished = true;
    for (const w of workers) void w.terminate();
  };
  return {
    cancel: stop,
    async finish(injector) {
      const context = { namespaces: new Map(setup.namespaces) };
      try {
        for (; ; ) {
          if (failure) throw failure;
          const batch = queue.shift();
          if (batch) {
            for (const i of batch) results[i] = injectOneDocument(docs[i], injector, context);
            await new Promise((resolve) => setImmediate(resolve));
            continue;
          }
          if (pending === 0) break;
          await new Promise((resolve) => wake = resolve);
          wake = void 0;
        }
      } finally {
        stop();
      }
      return assemble(docs, results);
    }
  };
}
function range(from, to) {
  const out = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}
function fromWireResult(r, doc) {
  return {
    ...r.text !== void 0 ? { text: r.text } : {},
    outcomes: r.outcomes.map((o) => ({ ...o, doc })),
    errors: r.errors.map((e) => errorFromWire(e, doc)),
    ...r.fatal !== void 0 ? { fatal: errorFromWire(r.fatal, doc) } : {}
  };
}
export {
  startParallelInjection
};
