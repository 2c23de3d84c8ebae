/**
 * The engine over a stream of documents: every workload's pod template (located by
 * `locate/`) goes through the injector and is put back; every other object is reported
 * unchanged. Pure: documents in, documents and outcomes out.
 */
import { type ManifestDocument, type OutputDocument } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import type { Injector, NamespaceInfo } from './types.js';
/** One line of the per-resource report. */
export interface ResourceOutcome {
    readonly doc: ManifestDocument;
    readonly pointer: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly outcome: 'injected' | 'unchanged' | 'skipped';
    readonly reason?: string;
    readonly warnings: readonly string[];
}
export interface DocumentsInjected {
    readonly output: OutputDocument[];
    readonly outcomes: ResourceOutcome[];
    /** Every error of the run; when there is any, nothing may be written. */
    readonly errors: KubeInjectError[];
}
/** The injector as this walk uses it (`configWarnings` are the caller's to report). */
export type PodInjector = Pick<Injector, 'inject' | 'finishWorkload'>;
/** What the walk passes to each injection besides the workload. */
export interface InjectionContext {
    /** Namespace objects by name (those of the input, and of `--namespace-file`). */
    readonly namespaces?: ReadonlyMap<string, NamespaceInfo>;
}
/** The Namespace objects among `docs` (List items included), by name; a later one wins. */
export declare function namespacesIn(docs: readonly ManifestDocument[]): Map<string, NamespaceInfo>;
/**
 * Whether injecting `doc` can do more than report its objects unchanged: it holds a workload, or
 * looking for one fails (which the walk reports). A document that does not is walked without the
 * injector (`injectDocument` calls it only for a workload).
 */
export declare function holdsWorkloads(doc: ManifestDocument): boolean;
/** locate → inject, over every document, in order. */
export declare function injectDocuments(docs: readonly ManifestDocument[], injector: PodInjector, context?: InjectionContext): DocumentsInjected;
