/**
 * One document through the injection walk and the writer: what the serial run does for it, as
 * one self-contained result, so that any thread can do it and the main thread can put the
 * stream together in order (`pool.ts`).
 */
import { renderDocument } from '../emit/manifests.js';
import { injectDocuments, type InjectionContext, type PodInjector, type ResourceOutcome } from '../inject/index.js';
import type { ManifestDocument } from '../model/document.js';
import type { KubeInjectError } from '../model/errors.js';

export interface DocumentResult {
  /** The document's text as `writeStream` writes it (only when it was injected without error). */
  readonly text?: string;
  readonly outcomes: readonly ResourceOutcome[];
  readonly errors: readonly KubeInjectError[];
  /**
   * An error that stops the whole run (one about a template or configuration file, or an internal
   * error): the serial walk throws it, so the run throws the first of them, in document order.
   */
  readonly fatal?: unknown;
}

export function injectOneDocument(doc: ManifestDocument, injector: PodInjector, context: InjectionContext): DocumentResult {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  const out = run.output[0]!;
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { text: renderDocument(out), outcomes: run.outcomes, errors: [] };
}
