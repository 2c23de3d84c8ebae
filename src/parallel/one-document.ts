/**
 * One document through the injection walk and the writer: what the serial run does for it, as
 * one self-contained result, so that the main thread can put the stream together in order
 * whichever thread injected it (`pool.ts`).
 */
import { renderDocument, StreamJoiner, type OutputDocument } from '../emit/manifests.js';
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

/** One document injected, not yet written: `output` when it was injected without error. */
export interface InjectedDocument {
  readonly output?: OutputDocument;
  readonly outcomes: readonly ResourceOutcome[];
  readonly errors: readonly KubeInjectError[];
  readonly fatal?: unknown;
}

/** The injection walk over one document. */
export function injectOne(doc: ManifestDocument, injector: PodInjector, context: InjectionContext): InjectedDocument {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { output: run.output[0]!, outcomes: run.outcomes, errors: [] };
}

/**
 * A document's text as the stream writes it, or what the writer threw: that stops the run at this
 * document, as a fatal error of the walk does (the first in document order is thrown).
 */
export function writeOne(out: OutputDocument): { readonly text: string } | { readonly fatal: unknown } {
  try {
    return { text: renderDocument(out) };
  } catch (fatal) {
    return { fatal };
  }
}

/** An injected document, written (`writeOne`) when it has nothing that stops its writing. */
export function written(r: InjectedDocument): DocumentResult {
  if (r.fatal !== undefined) return { outcomes: [], errors: [], fatal: r.fatal };
  if (r.output === undefined) return { outcomes: r.outcomes, errors: r.errors };
  const w = writeOne(r.output);
  return 'fatal' in w ? { outcomes: [], errors: [], fatal: w.fatal } : { text: w.text, outcomes: r.outcomes, errors: [] };
}

/** One document injected and written: what the serial walk does for it. */
export function injectOneDocument(doc: ManifestDocument, injector: PodInjector, context: InjectionContext): DocumentResult {
  return written(injectOne(doc, injector, context));
}

export interface InjectedStream {
  readonly outcomes: ResourceOutcome[];
  readonly errors: KubeInjectError[];
  /** The stream to write; null when there were errors. */
  readonly text: string | null;
}

/**
 * The injection walk and the writer over a whole stream, one document at a time: each injected
 * document is written at once, so what the engine built for it is garbage before the next one
 * (a long stream's heap holds text, not every injected pod, and collecting it costs less).
 */
export function injectStream(docs: readonly ManifestDocument[], injector: PodInjector, context: InjectionContext): InjectedStream {
  return assemble(
    docs,
    docs.map((doc) => injectOneDocument(doc, injector, context)),
  );
}

/** The serial walk's result from the per-document ones: its first run-stopping error, or everything in order. */
export function assemble(docs: readonly ManifestDocument[], results: readonly DocumentResult[]): InjectedStream {
  const assembly = new StreamAssembly(docs);
  assembly.advance(results);
  return assembly.finish();
}

/**
 * `assemble`, a document at a time: `advance` takes the results that have come in order, so that
 * a run waiting for worker threads joins the stream meanwhile, not after the last one.
 */
export class StreamAssembly {
  private next = 0;
  private readonly joiner = new StreamJoiner();
  private readonly outcomes: ResourceOutcome[] = [];
  private readonly errors: KubeInjectError[] = [];
  private fatal: { readonly error: unknown } | undefined;

  constructor(private readonly docs: readonly ManifestDocument[]) {}

  /** Takes the results from the first one not taken up to the first one missing. */
  advance(results: ReadonlyArray<DocumentResult | undefined>): void {
    for (; this.next < this.docs.length; this.next++) {
      const r = results[this.next];
      if (r === undefined) return;
      // After the first run-stopping error nothing else is reported.
      if (this.fatal !== undefined) continue;
      if (r.fatal !== undefined) {
        this.fatal = { error: r.fatal };
        continue;
      }
      this.outcomes.push(...r.outcomes);
      this.errors.push(...r.errors);
      if (this.errors.length === 0) this.joiner.add(this.docs[this.next]!, r.text!);
    }
  }

  /** What `assemble` returns, or throws, once every result is taken. */
  finish(): InjectedStream {
    if (this.next < this.docs.length) throw new Error(`internal error: the stream was put together with document ${this.next + 1} of ${this.docs.length} missing`);
    if (this.fatal !== undefined) throw this.fatal.error;
    const { outcomes, errors } = this;
    return { outcomes, errors, text: errors.length > 0 ? null : this.joiner.text() };
  }
}
