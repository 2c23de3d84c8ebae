/** The messages between the main thread and an injection worker (`worker.ts`, `pool.ts`). */
import type { InjectionInputs } from '../config/load-injection.js';
import type { NamespaceInfo } from '../inject/index.js';
import type { FrozenParts } from './frozen-wire.js';
import type { WireDocument, WireError, WireOutcome } from './wire.js';

/** What a worker starts with (its `workerData`): what it needs to load the injector, before any input is read. */
export interface WorkerSetup {
  readonly injection: InjectionInputs;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Main → worker, once the input is read and before any batch: the Namespace objects injection may read. */
export interface StreamContext {
  readonly namespaces: ReadonlyArray<readonly [string, NamespaceInfo]>;
}

/**
 * Main → worker: documents to inject (`at` is each one's place in the run's stream), and whether
 * the worker writes them too or leaves that to the main thread (`pool.ts` says when).
 */
export interface Batch {
  readonly at: readonly number[];
  readonly write: boolean;
  readonly docs: readonly WireDocument[];
}

/**
 * One document injected: its text as the serial run writes it (a batch to write), or its new value
 * when injection changed it (one to leave to the main thread, which writes it with the text it
 * read); or why the run cannot write it.
 */
export interface WireResult {
  readonly at: number;
  readonly text?: string;
  /** The new value; absent when injection left the document as it was (or the worker wrote it). */
  readonly value?: unknown;
  readonly outcomes: readonly WireOutcome[];
  readonly errors: readonly WireError[];
  readonly fatal?: WireError;
}

/**
 * Worker → main: ready for work (first message), or the results of a batch (with the frozen parts
 * of their values, when they carry values: `frozen-wire.ts`).
 */
export type WorkerMessage = { readonly ready: true } | { readonly results: readonly WireResult[]; readonly frozen?: FrozenParts } | { readonly failed: WireError };
