export declare function sanitizeLabelName(name: string): string;
export declare function prometheusPort(annotations: Record<string, string>): string | undefined;
/** The annotations without any variant of the scrape, port, path and scrape-targets keys. */
export declare function clearPrometheusAnnotations(annotations: Record<string, string>): Record<string, string>;
interface MergeResult {
    annotations: Record<string, string>;
    /** The value for ISTIO_PROMETHEUS_ANNOTATIONS, when there is something to pass on. */
    env?: string;
}
/** Istio's `applyPrometheusMerge`; undefined when nothing changes. Throws on unusable ports. */
export declare function prometheusMerge(annotations: Record<string, string>, enabledInMesh: boolean | undefined, statusPort: number): MergeResult | undefined;
/** `prometheus.istio.io/secure-port` from ENVOY_SECURE_MERGED_METRICS_PORT, unless set already. */
export declare function securePortAnnotation(annotations: Record<string, string>, proxyEnv: unknown): string | undefined;
export {};
