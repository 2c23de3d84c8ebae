import type { IndexedService, IndexedWorkload, LintIndex, ServicePort } from './mesh-index.js';
export interface IstioPortConflicts {
    /** Port number → Kubernetes protocol → the Services (and ports) using it. */
    readonly protocols: ReadonlyMap<number, ReadonlyMap<string, readonly PortUse[]>>;
    /** targetPort → port number → the Services that send it from that port. */
    readonly targetPorts: ReadonlyMap<string, ReadonlyMap<number, readonly IndexedService[]>>;
}
export interface PortUse {
    readonly svc: IndexedService;
    readonly port: ServicePort;
}
/** The conflicts Istio reports on `w`, or null when Istio does not analyze it. */
export declare function istioPortConflicts(w: IndexedWorkload, index: LintIndex): IstioPortConflicts | null;
