/**
 * A worker thread of `kube-inject serve --workers N`: loads the injection configuration as the
 * main thread does, then answers the review bodies it is sent (the pure webhook, the same engine).
 * Built as its own entry (dist/webhook-worker.js).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadInjectorConfig, type InjectionInputs } from '../config/load-injection.js';
import { prepareInjector } from '../inject/index.js';
import { reviewAnswerer } from '../webhook/answer.js';
import type { ReviewOptions } from '../webhook/review.js';

interface WorkerSetup {
  readonly inputs: InjectionInputs;
  readonly options: ReviewOptions;
}

const setup = workerData as WorkerSetup;
const answer = reviewAnswerer(prepareInjector(await loadInjectorConfig(setup.inputs, {})), setup.options);
parentPort!.on('message', (msg: { id: number; body: string }) => {
  parentPort!.postMessage({ id: msg.id, answer: answer(msg.body) });
});
parentPort!.postMessage({ ready: true });
