/** Ports Istio uses in the pod (istio.io, "Ports used by Istio"). Each number is spelled once, here. */
/** Envoy's outbound listener (`virtualOutbound`): istio-iptables `-p`, mesh `proxyListenPort`. */
export declare const PROXY_OUTBOUND_PORT = 15001;
/** Envoy's inbound listener (`virtualInbound`): istio-iptables `-z`, mesh `proxyInboundListenPort`. */
export declare const PROXY_INBOUND_PORT = 15006;
/** The HBONE tunnel port: istio-iptables `-e`; inbound traffic to it is never redirected. */
export declare const HBONE_PORT = 15008;
/** istio-agent's DNS proxy, where captured DNS goes. */
export declare const DNS_PROXY_PORT = 15053;
/** Envoy's health check port (`/healthz/ready`). */
export declare const HEALTH_PORT = 15021;
/** Envoy's own Prometheus endpoint. */
export declare const ENVOY_PROMETHEUS_PORT = 15090;
/** pilot-agent's status port when the mesh config does not set one (`defaultConfig.statusPort`). */
export declare const DEFAULT_STATUS_PORT = 15020;
/** Ports the sidecar and its agent listen on in the pod's network namespace, with what for. */
export declare const RESERVED_PORTS: ReadonlyMap<number, string>;
