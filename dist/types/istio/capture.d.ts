/** The mark TPROXY puts on inbound packets (`-t`); istio-iptables' default is the proxy UID's number. */
export declare const INBOUND_TPROXY_MARK = 1337;
/** The mark on packets from Envoy's outbound to its inbound side, over loopback (TPROXY mode). */
export declare const OUTBOUND_MARK = 1338;
/** The routing table of TPROXY mode (`-r`). */
export declare const INBOUND_TPROXY_ROUTE_TABLE = 133;
/** The source address Envoy uses for inbound passthrough connections to the app. */
export declare const PASSTHROUGH_SOURCE_V4 = "127.0.0.6/32";
export declare const PASSTHROUGH_SOURCE_V6 = "::6/128";
/** The loopback range the app reaches itself on (`ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR`). */
export declare const LOOPBACK_V4 = "127.0.0.1/32";
export declare const LOOPBACK_V6 = "::1/128";
/** The interception modes (`-m`, `sidecar.istio.io/interceptionMode`). */
export declare const INTERCEPTION_MODES: readonly ['REDIRECT', 'TPROXY', 'NONE'];
