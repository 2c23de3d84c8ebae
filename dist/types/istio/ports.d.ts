/** Ports Istio uses in the pod (istio.io, "Ports used by Istio"). */
/** Ports the sidecar and its agent listen on in the pod's network namespace, with what for. */
export declare const RESERVED_PORTS: ReadonlyMap<number, string>;
/** pilot-agent's status port when the mesh config does not set one (`defaultConfig.statusPort`). */
export declare const DEFAULT_STATUS_PORT = 15020;
