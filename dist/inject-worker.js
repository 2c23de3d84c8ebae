import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  errorToWire,
  fromWire,
  outcomeToWire
} from "./chunks/chunk-VMV26S4V.js";
import {
  injectOneDocument
} from "./chunks/chunk-WLQSRHAJ.js";
import "./chunks/chunk-ONAS2RY5.js";
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
