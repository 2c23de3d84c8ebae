/** Ports Istio uses in the pod (istio.io, "Ports used by Istio"). */

/** Ports the sidecar and its agent listen on in the pod's network namespace, with what for. */
export const RESERVED_PORTS: ReadonlyMap<number, string> = new Map([
  [15000, 'Envoy admin'],
  [15001, 'Envoy outbound capture'],
  [15004, 'istio-agent debug'],
  [15006, 'Envoy inbound capture'],
  [15008, 'HBONE tunnel'],
  [15020, 'merged Prometheus telemetry'],
  [15021, 'health checks'],
  [15053, 'DNS proxy'],
  [15090, 'Envoy Prometheus telemetry'],
]);

/** pilot-agent's status port when the mesh config does not set one (`defaultConfig.statusPort`). */
export const DEFAULT_STATUS_PORT = 15020;
