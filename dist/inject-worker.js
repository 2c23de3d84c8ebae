import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-T3QKHIO5.js";
import "./chunks/chunk-HUARZBUR.js";
import "./chunks/chunk-SQZFQR7O.js";
import {
  errorToWire,
  fromWire,
  injectOneDocument,
  outcomeToWire
} from "./chunks/chunk-BM7HHFH4.js";
import "./chunks/chunk-455W74F3.js";
import {
  prepareInjector
} from "./chunks/chunk-PPTIZF6K.js";
import "./chunks/chunk-DDAWXSH7.js";
import "./chunks/chunk-COXAPVST.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-AK7AJZEN.js";
import "./chunks/chunk-ZV2WLJBK.js";
import "./chunks/chunk-HW64GBDU.js";

// src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";
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
