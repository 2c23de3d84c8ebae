export interface IptablesConfig {
    /** `-p`: Envoy's outbound port. */
    proxyPort: string;
    /** `-z`: Envoy's inbound port. */
    inboundCapturePort: string;
    /** `-e`: the HBONE tunnel port. */
    inboundTunnelPort: string;
    /** `-u`, `-g`: comma-separated; `-g` defaults to `-u`. */
    proxyUID: string;
    proxyGID: string;
    /** `-m`: REDIRECT, TPROXY (NONE: istio-init is not run). */
    inboundInterceptionMode: string;
    /** `-t`, `-r`. */
    inboundTProxyMark: string;
    inboundTProxyRouteTable: string;
    /** `-b`: `*`, a port list, or '' (no inbound capture). */
    inboundPortsInclude: string;
    /** `-d`: only with `-b *`. */
    inboundPortsExclude: string;
    /** `ISTIO_OUTBOUND_OWNER_GROUPS`, `ISTIO_OUTBOUND_OWNER_GROUPS_EXCLUDE`. */
    ownerGroupsInclude: string;
    ownerGroupsExclude: string;
    /** `-q`, `-o`. */
    outboundPortsInclude: string;
    outboundPortsExclude: string;
    /** `-i` (`*`, CIDRs, or '': no outbound capture), `-x`. */
    outboundIPRangesInclude: string;
    outboundIPRangesExclude: string;
    /** `-k`, `-c`. */
    rerouteVirtualInterfaces: string;
    excludeInterfaces: string;
    redirectDNS: boolean;
    captureAllDNS: boolean;
    dropInvalid: boolean;
    dualStack: boolean;
    /** Whether the pod has an IPv6 address (istio-iptables looks; kube-inject is told). */
    enableIPv6: boolean;
    /** The pod's DNS servers (its /etc/resolv.conf; kube-inject is told). */
    dnsServersV4: string[];
    dnsServersV6: string[];
    /** `ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR`. */
    hostIPv4LoopbackCidr: string;
}
/** istio-iptables' `DefaultConfig()`, with the UID and GID it falls back to. */
export declare function defaultIptablesConfig(): IptablesConfig;
/** istio-iptables' `FillConfigFromEnvironment` for the UID and GID: the proxy's UID unless given, the GID as the UID. */
export declare function withProxyIds(c: IptablesConfig): IptablesConfig;
/** Go's `config.Split`: comma-separated, empty items dropped. */
export declare function split(s: string): string[];
