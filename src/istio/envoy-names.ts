/**
 * How Istio names what it configures in a sidecar's Envoy (what `istioctl proxy-config` lists):
 * the two capture listeners, per-port outbound listeners and routes, and clusters.
 */

/** The Kubernetes cluster's DNS domain Istio assumes (istiod's `DOMAIN_SUFFIX` default). */
export const DOMAIN_SUFFIX = 'cluster.local';
/** The listener on the inbound capture port. */
export const VIRTUAL_INBOUND = 'virtualInbound';
/** The listener on the outbound capture port. */
export const VIRTUAL_OUTBOUND = 'virtualOutbound';

/** A Service's host name: `web.shop.svc.cluster.local`. */
export function serviceHost(name: string, namespace: string): string {
  return `${name}.${namespace}.svc.${DOMAIN_SUFFIX}`;
}

/** The inbound cluster of a workload port: `inbound|8080||`. */
export function inboundCluster(port: number): string {
  return `inbound|${port}||`;
}

/** The outbound cluster of a Service port: `outbound|80||web.shop.svc.cluster.local`. */
export function outboundCluster(port: number, host: string): string {
  return `outbound|${port}||${host}`;
}

/** The outbound listener of an HTTP port (`0.0.0.0_80`), or of a TCP port on an address (`10.0.0.1_3306`). */
export function outboundListener(address: string, port: number): string {
  return `${address}_${port}`;
}

/** The route configuration of an outbound HTTP port: its number. */
export function outboundRoute(port: number): string {
  return String(port);
}

/** The wildcard address of outbound HTTP listeners. */
export const WILDCARD_ADDRESS = '0.0.0.0';
