import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  errorToWire,
  fromWire,
  outcomeToWire
} from "./chunks/chunk-XCS4NH2I.js";
import {
  injectOneDocument
} from "./chunks/chunk-JY2JBGQ2.js";
import "./chunks/chunk-HAYXLUUR.js";
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
