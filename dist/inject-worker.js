import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  renderDocument
} from "./chunks/chunk-U4GZK3OU.js";
import {
  KubeInjectError,
  injectDocuments,
  loadInjectorConfig,
  prepareInjector
} from "./chunks/chunk-66YXYZYD.js";

// src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/parallel/one-document.ts
function injectOne(doc, injector, context) {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { output: run.output[0], outcomes: run.outcomes, errors: [] };
}
function writeOne(out) {
  try {
    return { text: renderDocument(out) };
  } catch (fatal) {
    return { fatal };
  }
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
  let context;
  port.on("message", (m) => {
    if ("namespaces" in m) {
      context = { namespaces: new Map(m.namespaces) };
      return;
    }
    try {
      const results = m.docs.map((w, k) => {
        const r = injectOne(fromWire(w), injector, context);
        const at = m.at[k];
        if (r.fatal !== void 0) return { at, changed: false, outcomes: [], errors: [], fatal: errorToWire(r.fatal) };
        const out = r.output;
        const changed = out !== void 0 && "value" in out;
        const outcomes = r.outcomes.map(outcomeToWire);
        const errors = r.errors.map(errorToWire);
        if (m.write && out !== void 0) {
          const written = writeOne(out);
          if ("fatal" in written) return { at, changed, outcomes: [], errors: [], fatal: errorToWire(written.fatal) };
          return { at, changed, text: written.text, outcomes, errors };
        }
        return { at, changed, ...out !== void 0 && "value" in out ? { value: out.value } : {}, outcomes, errors };
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
