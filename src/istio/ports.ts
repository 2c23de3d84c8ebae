/** Ports Istio uses in the pod (istio.io, "Ports used by Istio"). Each number is spelled once, here. */

/** Envoy's outbound listener (`virtualOutbound`): istio-iptables `-p`, mesh `proxyListenPort`. */
export const PROXY_OUTBOUND_PORT = 15001;
/** Envoy's inbound listener (`virtualInbound`): istio-iptables `-z`, mesh `proxyInboundListenPort`. */
export const PROXY_INBOUND_PORT = 15006;
/** The HBONE tunnel port: istio-iptables `-e`; inbound traffic to it is never redirected. */
export const HBONE_PORT = 15008;
/** istio-agent's DNS proxy, where captured DNS goes. */
export const DNS_PROXY_PORT = 15053;
/** Envoy's health check port (`/healthz/ready`). */
export const HEALTH_PORT = 15021;
/** Envoy's own Prometheus endpoint. */
export const ENVOY_PROMETHEUS_PORT = 15090;
/** pilot-agent's status port when the mesh config does not set one (`defaultConfig.statusPort`). */
export const DEFAULT_STATUS_PORT = 15020;

/** Ports the sidecar and its agent listen on in the pod's network namespace, with what for. */
export const RESERVED_PORTS: ReadonlyMap<number, string> = new Map([
  [15000, 'Envoy admin'],
  [PROXY_OUTBOUND_PORT, 'Envoy outbound capture'],
  [15004, 'istio-agent debug'],
  [PROXY_INBOUND_PORT, 'Envoy inbound capture'],
  [HBONE_PORT, 'HBONE tunnel'],
  [DEFAULT_STATUS_PORT, 'merged Prometheus telemetry'],
  [HEALTH_PORT, 'health checks'],
  [DNS_PROXY_PORT, 'DNS proxy'],
  [ENVOY_PROMETHEUS_PORT, 'Envoy Prometheus telemetry'],
]);
