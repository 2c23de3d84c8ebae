/**
 * Uninjection over a stream of documents, as `injectDocuments` walks it: every workload's pod
 * template (located by `locate/`) is uninjected and put back; a document none of whose pods
 * carries `sidecar.istio.io/status` is passed on untouched (written byte for byte).
 */
import { type ManifestDocument, type OutputDocument } from '../../model/document.js';
import { KubeInjectError } from '../../model/errors.js';
import { type InjectFn, type UninjectChanges } from './pod.js';
export interface UninjectOutcome extends UninjectChanges {
    readonly doc: ManifestDocument;
    readonly pointer: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly outcome: 'uninjected' | 'unchanged';
}
export interface DocumentsUninjected {
    readonly output: OutputDocument[];
    readonly outcomes: UninjectOutcome[];
    readonly errors: KubeInjectError[];
}
/**
 * The engine for the revision a pod was injected for (`sidecar.istio.io/status` records it;
 * `''` for the default revision).
 */
export type InjectForRevision = (revision: string) => InjectFn;
/** The revisions the pods of `docs` were injected for (`''` for the default one). */
export declare function injectedRevisions(docs: readonly ManifestDocument[]): Set<string>;
/** locate → uninject, over every document, in order. */
export declare function uninjectDocuments(docs: readonly ManifestDocument[], inject: InjectForRevision): DocumentsUninjected;
/** The report's name for an outcome's object: `Deployment "ns/web"`. */
export declare function outcomeName(o: Pick<UninjectOutcome, 'kind' | 'namespace' | 'name'>): string;
