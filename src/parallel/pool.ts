/**
 * Injection on more than one thread, for long streams. Documents are independent once read, so
 * worker threads (`worker.ts`) inject batches of them while the main thread reads and lints, and
 * the main thread puts the stream together in order. The output is the serial run's, byte for
 * byte, and so are the outcomes, warnings and errors (the first run-stopping error in document
 * order is the one thrown; errors are placed by the main thread's own documents):
 * `test/parallel/` compares the two on every input of the test suite.
 *
 * Who does what depends on how many workers there are:
 *
 *  - One worker (two cores, the usual CI runner): the worker runs the engine on every document
 *    that holds a workload and answers with the new values; the main thread writes them, with the
 *    text it read, and walks the other documents itself (`holdsWorkloads`). Each
 *    thread compiles the code it runs for itself, so an engine run on both threads is compiled
 *    and warmed up twice: split by stage, the engine is compiled once and runs warm, and the main
 *    thread's reading, linting and writing fill the other core. On 5,000 applications this took
 *    8 to 15% less CPU time than both threads injecting and writing, and no more wall time
 *    (alternated runs; README "Performance"). The frozen parts of the values, which most pods
 *    share, cross once (`frozen-wire.ts`), and the main thread takes each pod's last step
 *    (`finishPodTemplate`: Go's round trip and field order), which balanced the two threads.
 *  - More workers: one thread could not write what they inject, so every thread, the main one
 *    too once it has linted, injects and writes batches from one queue.
 *
 * Workers are started before the input is parsed (they load the injector meanwhile) and given
 * their first batches at once, so that they inject while the main thread lints; the one worker
 * is also offered documents as they are read (`offer`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { finishPodTemplate, holdsWorkloads, type InjectionContext, type NamespaceInfo, type PodInjector, type ResourceOutcome } from '../inject/index.js';
import { locateWorkloads } from '../locate/workloads.js';
import { getAt, setAt } from '../model/pointer.js';
import type { ManifestDocument } from '../model/document.js';
import type { KubeInjectError } from '../model/errors.js';
import { FrozenReceiver } from './frozen-wire.js';
import type { Batch, StreamContext, WireResult, WorkerMessage, WorkerSetup } from './messages.js';
import { injectOneDocument, StreamAssembly, written, type DocumentResult, type InjectedStream } from './one-document.js';
import { errorFromWire, toWire } from './wire.js';

/** Documents per batch: small enough to balance, large enough that messages cost little. */
const BATCH = 24;
/** Batches each worker holds beyond the one it works on, so it never waits for the main thread. */
const AHEAD = 2;
/** With several workers, the share of the stream they get before the main thread has linted. */
const EARLY_SHARE = 0.05;

/** The worker script beside the bundle (`dist/inject-worker.js`); undefined when running from source. */
function workerScript(): URL | undefined {
  for (const rel of ['./inject-worker.js', '../inject-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export interface InjectionWorkers {
  /**
   * A document read, before the stream is whole, that the one worker may start on: only when
   * injection does not read the stream's Namespace objects (`Injector.readsNamespaces`). `begin`
   * checks the stream begins with the documents offered, and starts over if not.
   */
  offer(doc: ManifestDocument): void;
  /** Hands the workers the stream to inject (once); `finish` waits for it and writes it. */
  begin(docs: readonly ManifestDocument[], namespaces: ReadonlyMap<string, NamespaceInfo>): ParallelInjection;
  /** Stops the workers without waiting (a run that will not inject after all, or is done). */
  cancel(): void;
}

export interface ParallelInjection {
  /**
   * Walks the documents without a workload, waits for every batch (injecting some itself with
   * `injector` when there are several workers) and writes the stream; throws what the serial
   * walk would throw.
   */
  finish(injector: PodInjector): Promise<InjectedStream>;
}

/**
 * Starts `threads - 1` workers, which load the injector configuration of `setup`; undefined when
 * one thread was asked for, or no worker script is there (source runs). Which streams are long
 * enough is the caller's choice (src/pipeline.ts).
 */
export function startInjectionWorkers(setup: WorkerSetup, threads: number): InjectionWorkers | undefined {
  const workerCount = threads - 1;
  if (workerCount < 1) return undefined;
  const script = workerScript();
  if (!script) return undefined;
  // One worker: it injects everything and the main thread writes (see above).
  const split = workerCount === 1;

  let docs: readonly ManifestDocument[] = [];
  let results: Array<DocumentResult | undefined> = [];
  const queue: number[][] = [];
  let pending = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let finished = false;
  const workers: Worker[] = [];
  /** Batches sent to each worker and not yet answered. */
  const inFlight = new Map<Worker, number>();
  /** The frozen parts each worker sent (`frozen-wire.ts`). */
  const frozen = new Map<Worker, FrozenReceiver>();

  const send = (w: Worker, at: number[] | undefined) => {
    if (!at) return;
    pending++;
    inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
    const batch: Batch = { at, write: !split, docs: at.map((i) => toWire(docs[i]!)) };
    w.postMessage(batch);
  };
  const receive = (w: Worker, m: WorkerMessage) => {
    if ('failed' in m) failure ??= errorFromWire(m.failed, docs[0]);
    else if ('results' in m) {
      pending--;
      inFlight.set(w, inFlight.get(w)! - 1);
      if (m.frozen) frozen.get(w)!.fill(m.frozen);
      for (const r of m.results) results[r.at] = fromWorker(r, docs[r.at]!);
      // Topped up to AHEAD past the one it works on, once its early batches are done: a worker
      // that holds more than that at the end leaves the main thread waiting.
      if (inFlight.get(w)! <= AHEAD) send(w, queue.shift());
    }
    wake?.();
  };

  const startWorker = () => {
    const w = new Worker(script, { workerData: setup });
    frozen.set(w, new FrozenReceiver());
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
    return w;
  };
  for (let k = 0; k < workerCount; k++) workers.push(startWorker());

  const stop = () => {
    finished = true;
    for (const w of workers) void w.terminate();
  };

  /** Documents offered before `begin`. */
  const offered: ManifestDocument[] = [];
  /**
   * Documents without a workload, which the main thread walks itself (the walk reports them
   * unchanged, without the injector: sending them would cost more), and the workers' documents
   * not yet in a batch.
   */
  const local: number[] = [];
  let gathered: number[] = [];
  const gather = (i: number, doc: ManifestDocument): number[] | undefined => {
    if (!holdsWorkloads(doc)) {
      local.push(i);
      return undefined;
    }
    gathered.push(i);
    if (gathered.length < BATCH) return undefined;
    const batch = gathered;
    gathered = [];
    return batch;
  };

  return {
    cancel: stop,
    offer(doc) {
      if (!split) return;
      if (offered.length === 0) {
        docs = offered;
        const none: StreamContext = { namespaces: [] };
        workers[0]!.postMessage(none);
      }
      offered.push(doc);
      send(workers[0]!, gather(offered.length - 1, doc));
    },
    begin(stream, namespaces) {
      if (offered.length > 0 && (stream.length < offered.length || offered.some((d, i) => stream[i] !== d))) {
        // The stream was read again (a document the fast reader declined): what was offered is
        // not the stream's start, and the worker's answers for it are not the stream's.
        const stale = workers.pop()!;
        stale.removeAllListeners();
        void stale.terminate();
        inFlight.delete(stale);
        frozen.delete(stale);
        workers.push(startWorker());
        pending = 0;
        offered.length = 0;
        local.length = 0;
        gathered = [];
      }
      docs = stream;
      const answered = results;
      results = new Array<DocumentResult | undefined>(docs.length);
      for (let i = 0; i < offered.length; i++) if (answered[i] !== undefined) results[i] = answered[i];
      if (offered.length === 0) {
        const context: StreamContext = { namespaces: [...namespaces] };
        for (const w of workers) w.postMessage(context);
      }
      for (let i = offered.length; i < docs.length; i++) {
        const batch = gather(i, docs[i]!);
        if (batch) queue.push(batch);
      }
      if (gathered.length > 0) queue.push(gathered);
      gathered = [];
      // The one worker gets the whole stream now; several get what covers the main thread's lint
      // pass, from the end of the stream (the main thread starts at the front).
      if (split) while (queue.length > 0) send(workers[0]!, queue.shift());
      const early = Math.ceil((queue.length * EARLY_SHARE) / workerCount);
      for (const w of workers) for (let b = 0; b < early + AHEAD && queue.length > 0; b++) send(w, queue.pop());
      return {
        async finish(injector: PodInjector): Promise<InjectedStream> {
          const own: InjectionContext = { namespaces: new Map(namespaces) };
          // The stream is joined as results come in order, while this thread waits for workers.
          const assembly = new StreamAssembly(docs);
          try {
            for (const i of local) results[i] = injectOneDocument(docs[i]!, injector, own);
            for (;;) {
              if (failure) throw failure;
              assembly.advance(results);
              const batch = queue.shift();
              if (batch) {
                for (const i of batch) results[i] = injectOneDocument(docs[i]!, injector, own);
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
          assembly.advance(results);
          return assembly.finish();
        },
      };
    },
  };
}

/** A worker's result for `doc`: its errors placed in `doc`, and written here if the worker did not write it. */
function fromWorker(r: WireResult, doc: ManifestDocument): DocumentResult {
  if (r.fatal !== undefined) return { outcomes: [], errors: [], fatal: errorFromWire(r.fatal, doc) };
  const outcomes = r.outcomes.map((o) => ({ ...o, doc }));
  if (r.errors.length > 0) return { outcomes, errors: r.errors.map((e) => errorFromWire(e, doc) as KubeInjectError) };
  if (r.text !== undefined) return { text: r.text, outcomes, errors: [] };
  if (!('value' in r)) return written({ output: { doc }, outcomes, errors: [] });
  let value;
  try {
    value = finishPodTemplates(doc, r.value, outcomes);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  return written({ output: { doc, value }, outcomes, errors: [] });
}

/**
 * A worker's value with the last step of each injected pod template taken here
 * (`finishPodTemplate`, with the pod template this thread read): the worker left it undone.
 */
function finishPodTemplates(doc: ManifestDocument, value: unknown, outcomes: readonly ResourceOutcome[]): unknown {
  const injected = new Set(outcomes.filter((o) => o.outcome === 'injected').map((o) => o.pointer));
  let out = value;
  for (const w of locateWorkloads(doc.value)) {
    if (!injected.has(w.pointer)) continue;
    const pod = getAt(out, w.podTemplatePointer) as { metadata: object; spec: object };
    out = setAt(out, w.podTemplatePointer, finishPodTemplate(getAt(doc.value, w.podTemplatePointer) as object, pod));
  }
  return out;
}
