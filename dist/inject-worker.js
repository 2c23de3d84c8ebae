import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  renderDocument
} from "./chunks/chunk-EXU6INJB.js";
import {
  KubeInjectError,
  injectDocuments,
  loadInjectorConfig,
  prepareInjector
} from "./chunks/chunk-KXSCDCOK.js";

// src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/parallel/one-document.ts
function injectOneDocument(doc, injector, context) {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  const out = run.output[0];
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { text: renderDocument(out), outcomes: run.outcomes, errors: [] };
}

// src/parallel/wire.ts
var UNPLACED = { line: -1, column: -1 };
function fromWire(w) {
  return {
    source: { name: w.name, text: w.text },
    index: w.index,
    start: 0,
    end: w.text.length,
    startLine: w.startLine,
    value: w.value,
    empty: w.empty,
    format: w.format,
    eol: w.eol,
    contentStart: w.contentStart,
    locate: () => UNPLACED
  };
}
function errorToWire(e) {
  if (e instanceof KubeInjectError) return { kind: "kube-inject", code: e.code, message: e.message, position: e.position };
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: "internal", message: err.message, ...err.stack ? { stack: err.stack } : {} };
}
function outcomeToWire(o) {
  const { doc: _doc, ...rest } = o;
  return rest;
}

// src/parallel/worker.ts
var port = parentPort;
var setup = workerData;
var post = (m) => port.postMessage(m);
try {
  const injector = prepareInjector(await loadInjectorConfig(setup.injection, setup.env));
  const context = { namespaces: new Map(setup.namespaces) };
  port.on("message", (batch) => {
    if (batch.docs.length === 0) {
      port.close();
      return;
    }
    try {
      const results = batch.docs.map((w, k) => {
        const r = injectOneDocument(fromWire(w), injector, context);
        return {
          at: batch.at[k],
          ...r.text !== void 0 ? { text: r.text } : {},
          outcomes: r.outcomes.map(outcomeToWire),
          errors: r.errors.map(errorToWire),
          ...r.fatal !== void 0 ? { fatal: errorToWire(r.fatal) } : {}
        };
      });
      post({ results });
    } catch (e) {
      post({ failed: errorToWire(e) });
    }
  });
  post({ ready: true });
} catch (e) {
  post({ failed: errorToWire(e) });
}
