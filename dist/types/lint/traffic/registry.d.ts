import type { IndexedObject, IndexedService } from '../mesh-index.js';
export interface HostPort {
    readonly number: number;
    readonly name: string;
}
export interface MeshHost {
    /** The Service or ServiceEntry. */
    readonly source: IndexedObject;
    readonly service?: IndexedService;
    readonly ports: readonly HostPort[];
    /** A ServiceEntry's `workloadSelector.labels` (empty for a Service). */
    readonly workloadSelector: Readonly<Record<string, string>>;
}
export declare class HostRegistry {
    /** `scope/fqdn` → host; the last definition wins, as in Istio's map. */
    private readonly byScoped;
    constructor(serviceEntries: readonly IndexedObject[], services: readonly IndexedService[]);
    /** Istio's `GetDestinationHost`: the host `host` names for a resource of `namespace` exported to `exportTo`. */
    lookup(namespace: string, exportTo: readonly string[], host: string): MeshHost | undefined;
}
