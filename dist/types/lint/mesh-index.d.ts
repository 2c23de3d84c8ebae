/**
 * What rules look up across the whole input, built once per run: every object (List items
 * expanded), every workload with its pod template, every Service with its compiled selector and
 * resolved ports, and which Services select which workload (namespaces respected; an object with
 * no namespace is in the default namespace).
 */
import { type ManifestDocument } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import { type LocatedObject, type Workload } from '../locate/workloads.js';
import { type ResolvedProtocol } from './protocol.js';
import { type Selector } from './selector.js';
import { type LookupCounters } from './service-lookup.js';
export declare const DEFAULT_NAMESPACE = "default";
export interface IndexedObject {
    readonly doc: ManifestDocument;
    readonly located: LocatedObject;
    readonly kind: string;
    readonly name: string;
    /** The namespace the object lands in: as written, or `default`. */
    readonly namespace: string;
    readonly labels: Readonly<Record<string, string>>;
    readonly annotations: Readonly<Record<string, unknown>>;
}
export interface ServicePort {
    /** Pointer of the port entry inside the document. */
    readonly pointer: string;
    readonly name: string | undefined;
    readonly port: number | undefined;
    /** As Istio compares them: the targetPort as written, or the port when there is none. */
    readonly targetPort: string;
    readonly appProtocol: string | undefined;
    /** The Kubernetes `protocol` field as written (`TCP` when unset). */
    readonly k8sProtocol: string;
    readonly protocol: ResolvedProtocol;
}
export interface IndexedService extends IndexedObject {
    readonly selector: Selector | null;
    readonly type: string;
    readonly ports: readonly ServicePort[];
}
export interface IndexedWorkload extends IndexedObject {
    readonly workload: Workload;
    /** Pointer of the pod template (or of the Pod) inside the document. */
    readonly templatePointer: string;
    readonly podLabels: Readonly<Record<string, string>>;
    readonly podAnnotations: Readonly<Record<string, unknown>>;
    readonly podSpec: Readonly<Record<string, unknown>>;
    /** The Services of the input that select the pods, in input order. */
    readonly services: readonly IndexedService[];
}
export interface LintIndex {
    readonly objects: readonly IndexedObject[];
    readonly services: readonly IndexedService[];
    readonly workloads: readonly IndexedWorkload[];
    /** The Namespace objects of the input (and context), by name; the first of a name wins. */
    readonly namespaces: ReadonlyMap<string, IndexedObject>;
    /** Documents whose workloads could not be read (a pod template that is not a mapping …). */
    readonly errors: readonly KubeInjectError[];
}
/**
 * The index of `docs`, with the `context` documents (`lint --context`) in it too: indexed first,
 * so that what a rule reports "after" another object is in the input whenever one of the two is;
 * a context document that cannot be read is left out without an error.
 * @param counters counts the selector tests (tests use it to see the Service lookup is indexed).
 */
export declare function buildIndex(docs: readonly ManifestDocument[], context?: readonly ManifestDocument[], counters?: LookupCounters): LintIndex;
