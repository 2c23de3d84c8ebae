/**
 * Uninjection over a stream of documents, as `injectDocuments` walks it: every workload's pod
 * template (located by `locate/`) is uninjected and put back; a document none of whose pods
 * carries `sidecar.istio.io/status` is passed on untouched (written byte for byte).
 */
import { type ManifestDocument, type OutputDocument } from '../../model/document.js';
import { KubeInjectError } from '../../model/errors.js';
import { type InjectFn, type UninjectNote } from './pod.js';
export interface UninjectOutcome {
    readonly doc: ManifestDocument;
    readonly pointer: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly outcome: 'uninjected' | 'unchanged';
    readonly removedLabels: readonly string[];
    readonly removedAnnotations: readonly string[];
    readonly removedSpec: readonly string[];
    readonly restoredLabels: readonly string[];
    readonly restoredAnnotations: readonly string[];
    readonly notes: readonly UninjectNote[];
}
export interface DocumentsUninjected {
    readonly output: OutputDocument[];
    readonly outcomes: UninjectOutcome[];
    readonly errors: KubeInjectError[];
}
/** locate → uninject, over every document, in order. */
export declare function uninjectDocuments(docs: readonly ManifestDocument[], inject: InjectFn): DocumentsUninjected;
/** The report's name for an outcome's object: `Deployment "ns/web"`. */
export declare function outcomeName(o: Pick<UninjectOutcome, 'kind' | 'namespace' | 'name'>): string;
