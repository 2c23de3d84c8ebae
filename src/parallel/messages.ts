/** The messages between the main thread and an injection worker (`worker.ts`, `pool.ts`). */
import type { InjectionInputs } from '../config/load-injection.js';
import type { NamespaceInfo } from '../inject/index.js';
import type { WireDocument, WireError, WireOutcome } from './wire.js';

/** What a worker starts with (its `workerData`). */
export interface WorkerSetup {
  readonly injection: InjectionInputs;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly namespaces: ReadonlyArray<readonly [string, NamespaceInfo]>;
}

/** Main → worker: documents to inject (`at` is each one's place in the run's stream); none: stop. */
export interface Batch {
  readonly at: readonly number[];
  readonly docs: readonly WireDocument[];
}

export interface WireResult {
  readonly at: number;
  readonly text?: string;
  readonly outcomes: readonly WireOutcome[];
  readonly errors: readonly WireError[];
  readonly fatal?: WireError;
}

/** Worker → main: ready for work (first message), or the results of a batch. */
export type WorkerMessage = { readonly ready: true } | { readonly results: readonly WireResult[] } | { readonly failed: WireError };
