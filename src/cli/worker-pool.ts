/**
 * Worker threads that answer reviews (`serve --workers N`): the main thread keeps TLS and HTTP,
 * each worker runs the engine on its own copy of the configuration. A review goes to the worker
 * with the fewest under way; a worker that dies is replaced, and its reviews are answered 500.
 */
import { Worker } from 'node:worker_threads';
import type { InjectionInputs } from '../config/load-injection.js';
import type { HttpAnswer } from '../webhook/answer.js';
import type { ReviewOptions } from '../webhook/review.js';

interface Slot {
  worker: Worker;
  pending: Map<number, (a: HttpAnswer) => void>;
}

export interface ReviewPool {
  answer(body: string): Promise<HttpAnswer>;
  close(): Promise<void>;
}

/** Starts `size` workers from `script`; resolves once every one has loaded its configuration. */
export async function startReviewPool(script: URL, size: number, inputs: InjectionInputs, options: ReviewOptions, log: (line: string) => void): Promise<ReviewPool> {
  let nextId = 0;
  let closing = false;
  const slots: Slot[] = [];

  const spawnSlot = (index: number): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { inputs, options } });
      const slot: Slot = { worker, pending: new Map() };
      slots[index] = slot;
      worker.on('message', (msg: { ready?: boolean; id?: number; answer?: HttpAnswer }) => {
        if (msg.ready) return resolve();
        const done = slot.pending.get(msg.id!);
        slot.pending.delete(msg.id!);
        done?.(msg.answer!);
      });
      worker.on('error', (e) => {
        log(`review worker ${index} failed: ${e.message}`);
        reject(e);
      });
      worker.on('exit', (code) => {
        for (const done of slot.pending.values()) done({ status: 500, body: 'internal error: the review worker stopped\n', log: `review failed (500): worker ${index} exited ${code}` });
        slot.pending.clear();
        if (!closing) void spawnSlot(index).catch(() => {});
      });
    });

  await Promise.all(Array.from({ length: size }, (_, i) => spawnSlot(i)));
  return {
    answer: (body) =>
      new Promise((resolve) => {
        let best = slots[0]!;
        for (const s of slots) if (s.pending.size < best.pending.size) best = s;
        const id = nextId++;
        best.pending.set(id, resolve);
        best.worker.postMessage({ id, body });
      }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
