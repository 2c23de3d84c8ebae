/**
 * How Istio names what it configures in a sidecar's Envoy (what `istioctl proxy-config` lists):
 * the two capture listeners, per-port outbound listeners and routes, and clusters.
 */
/** The Kubernetes cluster's DNS domain Istio assumes (istiod's `DOMAIN_SUFFIX` default). */
export declare const DOMAIN_SUFFIX = "cluster.local";
/** The listener on the inbound capture port. */
export declare const VIRTUAL_INBOUND = "virtualInbound";
/** The listener on the outbound capture port. */
export declare const VIRTUAL_OUTBOUND = "virtualOutbound";
/** A Service's host name: `web.shop.svc.cluster.local`. */
export declare function serviceHost(name: string, namespace: string): string;
/** The inbound cluster of a workload port: `inbound|8080||`. */
export declare function inboundCluster(port: number): string;
/** The outbound cluster of a Service port: `outbound|80||web.shop.svc.cluster.local`. */
export declare function outboundCluster(port: number, host: string): string;
/** The outbound listener of an HTTP port (`0.0.0.0_80`), or of a TCP port on an address (`10.0.0.1_3306`). */
export declare function outboundListener(address: string, port: number): string;
/** The route configuration of an outbound HTTP port: its number. */
export declare function outboundRoute(port: number): string;
/** The wildcard address of outbound HTTP listeners. */
export declare const WILDCARD_ADDRESS = "0.0.0.0";
