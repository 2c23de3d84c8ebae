/**
 * The names and numbers of what Istio's injector adds to a pod: its containers, the user the
 * proxy runs as, and the environment variables through which the injector talks to pilot-agent.
 * (Volume names appear only in the templates; no code reads them.)
 */
import { type Container, type PodSpec } from '../model/pod.js';
/** The Envoy sidecar with pilot-agent. */
export declare const PROXY_CONTAINER = "istio-proxy";
/** The init container that sets up traffic capture (iptables). */
export declare const INIT_CONTAINER = "istio-init";
/** The init container that checks the capture the Istio CNI plugin set up. */
export declare const VALIDATION_CONTAINER = "istio-validation";
/** The init container that enables core dumps (older templates). */
export declare const CORE_DUMP_CONTAINER = "enable-core-dump";
/** The istio-proxy container of a pod: among the containers, else the init containers (native sidecar). */
export declare function findSidecar(spec: PodSpec): Container | undefined;
/** The containers Istio's templates add; app-level checks leave them alone. */
export declare const INJECTED_CONTAINERS: ReadonlySet<string>;
/**
 * The user and group the proxy runs as (`.ProxyUID`, `.ProxyGID` of the templates). Traffic from
 * this UID is not redirected to Envoy, so no application may run as it.
 */
export declare const PROXY_UID = 1337;
export declare const PROXY_GID = 1337;
/** Environment of istio-proxy the injector writes or reads. */
export declare const PROXY_ENV: {
    /** The app's probes, as pilot-agent runs them (`ISTIO_KUBE_APP_PROBERS`). */
    readonly appProbers: 'ISTIO_KUBE_APP_PROBERS';
    /** The app's Prometheus scrape settings, moved from its annotations. */
    readonly prometheusAnnotations: 'ISTIO_PROMETHEUS_ANNOTATIONS';
    /** Port of the TLS merged-metrics endpoint. */
    readonly secureMetricsPort: 'ENVOY_SECURE_MERGED_METRICS_PORT';
    readonly clusterId: 'ISTIO_META_CLUSTER_ID';
    readonly network: 'ISTIO_META_NETWORK';
};
