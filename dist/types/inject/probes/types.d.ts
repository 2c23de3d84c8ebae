/** Shapes and names used by app-probe rewriting (`app-probers.ts`). */
/** One entry of `ISTIO_KUBE_APP_PROBERS`: what pilot-agent probes on the app's behalf. */
export interface AppProber {
    httpGet?: Record<string, unknown>;
    tcpSocket?: Record<string, unknown>;
    grpc?: Record<string, unknown>;
    timeoutSeconds?: number;
}
/** `ISTIO_KUBE_APP_PROBERS` as JSON: URL path on the status port → prober. */
export type AppProbers = Record<string, AppProber>;
export interface AppProbeOptions {
    /**
     * Pod annotations after the template merge and before `sidecar.istio.io/status` is written
     * for this injection. Read: `sidecar.istio.io/rewriteAppHTTPProbers`,
     * `status.sidecar.istio.io/port`, and `sidecar.istio.io/status` (present = injected before).
     */
    annotations?: Readonly<Record<string, string>>;
    /** values `sidecarInjectorWebhook.rewriteAppHTTPProbe`; Istio's default is true. */
    rewriteAppHTTPProbe?: boolean;
    /** mesh `defaultConfig.statusPort`; Istio's default is 15020. */
    meshStatusPort?: number;
}
/** The status-port URLs pilot-agent serves for a container (Istio's `FormatProberURL`). */
export declare function proberUrls(container: string): {
    readyz: string;
    livez: string;
    startupz: string;
    prestopz: string;
    poststartz: string;
};
