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
/** The chains istio-iptables creates. */
export declare const ISTIO_CHAINS: {
    readonly output: 'ISTIO_OUTPUT';
    readonly outputDns: 'ISTIO_OUTPUT_DNS';
    readonly inbound: 'ISTIO_INBOUND';
    readonly divert: 'ISTIO_DIVERT';
    readonly tproxy: 'ISTIO_TPROXY';
    readonly redirect: 'ISTIO_REDIRECT';
    readonly inRedirect: 'ISTIO_IN_REDIRECT';
    readonly drop: 'ISTIO_DROP';
};
/** Environment variables istio-iptables reads besides the upper-snake names of its flags. */
export declare const IPTABLES_ENV: {
    /** Also sets `--redirect-dns` (the agent's DNS capture switch, from proxy metadata). */
    readonly dnsCapture: 'ISTIO_META_DNS_CAPTURE';
    /** Also sets `--drop-invalid`. */
    readonly invalidDrop: 'INVALID_DROP';
    /** Also sets `--dual-stack`. */
    readonly dualStack: 'ISTIO_DUAL_STACK';
    /** Also set `-m` and `-t`. */
    readonly interceptionMode: 'INBOUND_INTERCEPTION_MODE';
    readonly tproxyMark: 'INBOUND_TPROXY_MARK';
    /** Owner groups whose traffic is captured (`*`), or not. */
    readonly ownerGroups: 'ISTIO_OUTBOUND_OWNER_GROUPS';
    readonly ownerGroupsExclude: 'ISTIO_OUTBOUND_OWNER_GROUPS_EXCLUDE';
    /** The loopback range (default 127.0.0.1/32). */
    readonly loopbackCidr: 'ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR';
};
