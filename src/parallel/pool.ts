/**
 * Injection on more than one thread, for long streams. Documents are independent once read and
 * linted, so the main thread and worker threads (`worker.ts`) inject batches of them and the
 * main thread writes the stream in order. The output is the serial run's, byte for byte, and so
 * are the outcomes, warnings and errors (the first run-stopping error in document order is the
 * one thrown; errors are placed by the main thread's own documents): `test/parallel/` compares
 * the two on every input of the test suite.
 *
 * Workers are started before the lint pass and given their first batches at once, so they inject
 * while the main thread lints; after that every thread takes the next batch from one queue.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InjectionContext, PodInjector } from '../inject/index.js';
import type { ManifestDocument } from '../model/document.js';
import type { KubeInjectError } from '../model/errors.js';
import type { Batch, WireResult, WorkerMessage, WorkerSetup } from './messages.js';
import { assemble, injectOneDocument, type DocumentResult, type InjectedStream } from './one-document.js';
import { errorFromWire, toWire } from './wire.js';

/** Documents per batch: small enough to balance, large enough that messages cost little. */
const BATCH = 24;
/** Batches each worker holds beyond the one it works on, so it never waits for the main thread. */
const AHEAD = 2;
/** Share of the stream the workers get before the main thread has linted. */
const EARLY_SHARE = 0.05;

/** The worker script beside the bundle (`dist/inject-worker.js`); undefined when running from source. */
function workerScript(): URL | undefined {
  for (const rel of ['./inject-worker.js', '../inject-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface ParallelInjection {
  /** Waits for every batch and writes the stream; throws what the serial walk would throw. */
  finish(injector: PodInjector): Promise<InjectedStream>;
  /** Stops the workers without waiting (a run that will not inject after all). */
  cancel(): void;
}

/**
 * Starts `threads - 1` workers on `docs` and hands them their first batches; undefined when one
 * thread was asked for, or no worker script is there (source runs). Which streams are long
 * enough is the caller's choice (src/pipeline.ts).
 */
export function startParallelInjection(docs: readonly ManifestDocument[], setup: WorkerSetup, threads: number): ParallelInjection | undefined {
  const workerCount = threads - 1;
  if (workerCount < 1) return undefined;
  const script = workerScript();
  if (!script) return undefined;

  const results = new Array<DocumentResult | undefined>(docs.length);
  // Batches from the end go to the workers first; the main thread starts at the front.
  const queue: number[][] = [];
  for (let i = 0; i < docs.length; i += BATCH) queue.push(range(i, Math.min(i + BATCH, docs.length)));
  let pending = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let finished = false;
  const workers: Worker[] = [];

  /** Batches sent to each worker and not yet answered. */
  const inFlight = new Map<Worker, number>();
  const send = (w: Worker, batch: number[] | undefined) => {
    if (!batch) return;
    pending++;
    inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
    const message: Batch = { at: batch, docs: batch.map((i) => toWire(docs[i]!)) };
    w.postMessage(message);
  };
  const receive = (w: Worker, m: WorkerMessage) => {
    if ('failed' in m) {
      failure ??= errorFromWire(m.failed, docs[0]!);
    } else if ('results' in m) {
      pending--;
      inFlight.set(w, inFlight.get(w)! - 1);
      for (const r of m.results) results[r.at] = fromWireResult(r, docs[r.at]!);
      // Topped up to AHEAD past the one it works on, once its early batches are done: a worker
      // that holds more than that at the end leaves the main thread waiting.
      if (inFlight.get(w)! <= AHEAD) send(w, queue.shift());
    }
    wake?.();
  };

  const early = Math.ceil((queue.length * EARLY_SHARE) / workerCount);
  for (let k = 0; k < workerCount; k++) {
    const w = new Worker(script, { workerData: setup });
    w.on('message', (m: WorkerMessage) => receive(w, m));
    w.on('error', (e) => {
      failure ??= e;
      wake?.();
    });
    // A worker that ends before the run does (it was stopped from outside, say) must not leave
    // the run waiting for its batches.
    w.on('exit', (code) => {
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
    async finish(injector: PodInjector): Promise<InjectedStream> {
      const context: InjectionContext = { namespaces: new Map(setup.namespaces) };
      try {
        for (;;) {
          if (failure) throw failure;
          const batch = queue.shift();
          if (batch) {
            for (const i of batch) results[i] = injectOneDocument(docs[i]!, injector, context);
            await new Promise<void>((resolve) => setImmediate(resolve));
            continue;
          }
          if (pending === 0) break;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        stop();
      }
      return assemble(docs, results as DocumentResult[]);
    },
  };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function fromWireResult(r: WireResult, doc: ManifestDocument): DocumentResult {
  return {
    ...(r.text !== undefined ? { text: r.text } : {}),
    outcomes: r.outcomes.map((o) => ({ ...o, doc })),
    errors: r.errors.map((e) => errorFromWire(e, doc) as KubeInjectError),
    ...(r.fatal !== undefined ? { fatal: errorFromWire(r.fatal, doc) } : {}),
  };
}

