/** The traffic path of one workload, as `explain` renders it (text, JSON, Mermaid). */
export interface PortRule {
    readonly port: string;
    /** Why it is captured or not. */
    readonly why: string;
}
export interface CaptureSummary {
    /** The init container applies the rules, or the Istio CNI plugin does (istio-validation checks them), or none. */
    readonly appliedBy: 'init-container' | 'cni' | 'none';
    readonly mode: string;
    readonly envoyInboundPort: string;
    readonly envoyOutboundPort: string;
    /** `all`, `none`, or the listed ports. */
    readonly inboundCaptured: 'all' | 'none' | readonly string[];
    readonly inboundBypassed: readonly PortRule[];
    /** `all`, `none`, or the listed ranges (IPv4 and IPv6). */
    readonly outboundCaptured: 'all' | 'none' | readonly string[];
    readonly outboundRangesBypassed: readonly string[];
    readonly outboundPortsCaptured: readonly string[];
    readonly outboundPortsBypassed: readonly string[];
    readonly exemptUids: readonly string[];
    readonly exemptGids: readonly string[];
    readonly dnsCaptured: boolean;
    readonly excludedInterfaces: readonly string[];
    /** The loopback range the app reaches itself on, never captured. */
    readonly loopback: string;
    /** The istio-iptables arguments it comes from. */
    readonly args: readonly string[];
}
export interface ProbeRewrite {
    readonly container: string;
    readonly probe: string;
    /** What the kubelet calls now: `GET :15020/app-health/web/readyz`. */
    readonly now: string;
    /** What pilot-agent calls for it: `HTTP GET :8080/healthz`. */
    readonly forwardsTo: string;
}
export interface Hop {
    /** `chain`, `listener`, `filter chain`, `route`, `cluster`, `port`. */
    readonly kind: 'chain' | 'port' | 'listener' | 'filter-chain' | 'route' | 'cluster' | 'service' | 'app';
    readonly name: string;
}
export interface TrafficPath {
    readonly direction: 'inbound' | 'outbound';
    /** `Service "shop/web" port 80 (http) → targetPort 8080`. */
    readonly via: string;
    readonly service: string;
    readonly port: number;
    readonly protocol: string;
    /** Whether iptables sends it to Envoy; the reason when not or when it depends. */
    readonly captured: boolean;
    readonly note?: string;
    readonly hops: readonly Hop[];
}
export interface FindingSummary {
    readonly severity: string;
    readonly rule: string;
    readonly message: string;
    readonly line: number;
}
export interface WorkloadExplanation {
    readonly workload: string;
    readonly kind: string;
    readonly namespace: string;
    readonly name: string;
    readonly injected: boolean;
    readonly reason?: string;
    readonly capture: CaptureSummary;
    readonly probes: readonly ProbeRewrite[];
    readonly findings: readonly FindingSummary[];
    readonly inbound: readonly TrafficPath[];
    readonly outbound: readonly TrafficPath[];
}
