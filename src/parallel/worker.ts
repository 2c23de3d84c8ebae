/**
 * An injection worker thread (`dist/inject-worker.js`): loads the injector configuration the
 * main thread loads (the same files and flags) while the main thread reads the input, then
 * injects the batches of documents it is sent: it writes them too, or answers with each one's new
 * value, its pod templates' last step left undone, for the main thread to finish and write
 * (`pool.ts` says when and why).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInjectorConfig } from '../config/load-injection.js';
import { prepareInjector, type InjectionContext, type PodInjector } from '../inject/index.js';
import { FrozenSender } from './frozen-wire.js';
import type { Batch, StreamContext, WireResult, WorkerMessage, WorkerSetup } from './messages.js';
import { injectOne, writeOne } from './one-document.js';
import { errorToWire, fromWire, outcomeToWire } from './wire.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const post = (m: WorkerMessage) => port.postMessage(m);

try {
  const injector = prepareInjector(await loadInjectorConfig(setup.injection, setup.env));
  let context: InjectionContext | undefined;
  const frozen = new FrozenSender();
  // Values for the main thread to write leave their pod templates' last step (Go's round trip
  // and field order) to it too: it has time to spare, and this thread is the run's longest path.
  const unfinished: PodInjector = { inject: (req) => injector.injectUnfinished(req), finishWorkload: (kind, object) => injector.finishWorkload(kind, object) };
  port.on('message', (m: StreamContext | Batch) => {
    if ('namespaces' in m) {
      context = { namespaces: new Map(m.namespaces) };
      return;
    }
    try {
      const results: WireResult[] = m.docs.map((w, k) => {
        const r = injectOne(fromWire(w), m.write ? injector : unfinished, context!);
        const at = m.at[k]!;
        if (r.fatal !== undefined) return { at, outcomes: [], errors: [], fatal: errorToWire(r.fatal) };
        const out = r.output;
        const outcomes = r.outcomes.map(outcomeToWire);
        const errors = r.errors.map(errorToWire);
        if (m.write && out !== undefined) {
          const written = writeOne(out);
          if ('fatal' in written) return { at, outcomes: [], errors: [], fatal: errorToWire(written.fatal) };
          return { at, text: written.text, outcomes, errors };
        }
        return { at, ...(out !== undefined && 'value' in out ? { value: out.value } : {}), outcomes, errors };
      });
      if (m.write) post({ results });
      else {
        frozen.takeValues(results);
        try {
          post({ results, frozen: frozen.parts() });
        } finally {
          frozen.restore();
        }
      }
    } catch (e) {
      post({ failed: errorToWire(e) });
    }
  });
  post({ ready: true });
} catch (e) {
  post({ failed: errorToWire(e) });
}
