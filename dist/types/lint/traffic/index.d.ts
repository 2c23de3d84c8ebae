import type { IndexedObject, IndexedService, IndexedWorkload, LintIndex } from '../mesh-index.js';
import { HostRegistry } from './registry.js';
export interface Field<T> {
    readonly value: T;
    /** Pointer of the field inside the document. */
    readonly pointer: string;
}
export interface Destination {
    /** `http`, `tcp`, `tls` (routes), `http.mirror`, `http.mirrors`. */
    readonly rule: string;
    readonly host: Field<string>;
    readonly subset?: Field<string>;
    readonly port?: Field<number>;
}
export interface VirtualService {
    readonly obj: IndexedObject;
    readonly hosts: readonly Field<string>[];
    readonly gateways: readonly Field<string>[];
    readonly exportTo: readonly string[];
    readonly routes: readonly Destination[];
    readonly mirrors: readonly Destination[];
}
export interface Subset {
    readonly name: Field<string>;
    readonly labels: Readonly<Record<string, string>>;
}
export interface DestinationRule {
    readonly obj: IndexedObject;
    readonly host: Field<string>;
    readonly exportTo: readonly string[];
    readonly subsets: readonly Subset[];
}
export interface Server {
    readonly pointer: string;
    readonly port: number | undefined;
    readonly hosts: readonly string[];
    readonly bind: string;
}
export interface Gateway {
    readonly obj: IndexedObject;
    readonly selector: Readonly<Record<string, string>>;
    /** Pointer of `spec.selector` (or of `spec` when there is none). */
    readonly selectorPointer: string;
    readonly servers: readonly Server[];
}
export interface SelectorPolicy {
    readonly obj: IndexedObject;
    /** Undefined when the resource has no selector (it applies to its whole namespace). */
    readonly selector: Readonly<Record<string, string>> | undefined;
    readonly selectorPointer: string;
    readonly spec: Readonly<Record<string, unknown>>;
}
export interface TrafficIndex {
    readonly virtualServices: readonly VirtualService[];
    readonly destinationRules: readonly DestinationRule[];
    readonly gateways: readonly Gateway[];
    /** Gateway API Gateways (`gateway.networking.k8s.io`), by `namespace/name`. */
    readonly kubernetesGateways: ReadonlyMap<string, IndexedObject>;
    readonly sidecars: readonly SelectorPolicy[];
    readonly authorizationPolicies: readonly SelectorPolicy[];
    readonly telemetries: readonly SelectorPolicy[];
    readonly serviceEntries: readonly IndexedObject[];
    /** Pods as Istio's analyzers see them: every workload's pod template, outside the namespaces Istio drops. */
    readonly pods: readonly IndexedWorkload[];
    readonly hosts: HostRegistry;
    /** The pods with every label of `set` (all pods for an empty set), found through a label index. */
    podsWith(set: Readonly<Record<string, string>>): readonly IndexedWorkload[];
    /** The first pod with every label of `set` that passes `also`, without collecting the rest. */
    findPodWith(set: Readonly<Record<string, string>>, also?: (p: IndexedWorkload) => boolean): IndexedWorkload | undefined;
    /** The pods each Service of the input selects. */
    podsOf(svc: IndexedService): readonly IndexedWorkload[];
}
export declare function trafficIndex(index: LintIndex): TrafficIndex;
export declare const NETWORKING = "networking.istio.io";
export declare const SECURITY = "security.istio.io";
export declare const TELEMETRY = "telemetry.istio.io";
export declare function specOf(obj: IndexedObject): Record<string, unknown>;
export declare function strings(v: unknown): string[];
/** `namespace/name`, as resources reference each other (a key, not a message: messages use describeObject). */
export declare function refKey(namespace: string, name: string): string;
/** Kubernetes' `labels.SelectorFromSet(set).Matches(labels)`: every pair present (an empty set matches all). */
export declare function matchesSet(set: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean;
/** Kubernetes' `labels.Set.String()`: `k=v` pairs sorted by key, comma-separated. */
export declare function selectorString(set: Readonly<Record<string, string>>): string;
