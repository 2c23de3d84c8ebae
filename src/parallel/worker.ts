/**
 * An injection worker thread (`dist/inject-worker.js`): loads the injector configuration the
 * main thread loaded (the same files and flags), then injects and writes the batches of
 * documents it is sent, one result per document. See `pool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInjectorConfig } from '../config/load-injection.js';
import { prepareInjector } from '../inject/index.js';
import type { Batch, WireResult, WorkerMessage, WorkerSetup } from './messages.js';
import { injectOneDocument } from './one-document.js';
import { errorToWire, fromWire, outcomeToWire } from './wire.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (m: WorkerMessage) => port.postMessage(m);

try {
  const injector = prepareInjector(await loadInjectorConfig(setup.injection, setup.env));
  const context = { namespaces: new Map(setup.namespaces) };
  port.on('message', (batch: Batch) => {
    if (batch.docs.length === 0) {
      port.close();
      return;
    }
    try {
      const results: WireResult[] = batch.docs.map((w, k) => {
        const r = injectOneDocument(fromWire(w), injector, context);
        return {
          at: batch.at[k]!,
          ...(r.text !== undefined ? { text: r.text } : {}),
          outcomes: r.outcomes.map(outcomeToWire),
          errors: r.errors.map(errorToWire),
          ...(r.fatal !== undefined ? { fatal: errorToWire(r.fatal) } : {}),
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
