/**
 * The names and numbers of what Istio's injector adds to a pod: its containers, the user the
 * proxy runs as, and the environment variables through which the injector talks to pilot-agent.
 * (Volume names appear only in the templates; no code reads them.)
 */
import { findContainerInPod, type Container, type PodSpec } from '../model/pod.js';

/** The Envoy sidecar with pilot-agent. */
export const PROXY_CONTAINER = 'istio-proxy';
/** The init container that sets up traffic capture (iptables). */
export const INIT_CONTAINER = 'istio-init';
/** The init container that checks the capture the Istio CNI plugin set up. */
export const VALIDATION_CONTAINER = 'istio-validation';
/** The init container that enables core dumps (older templates). */
export const CORE_DUMP_CONTAINER = 'enable-core-dump';

/** The istio-proxy container of a pod: among the containers, else the init containers (native sidecar). */
export function findSidecar(spec: PodSpec): Container | undefined {
  return findContainerInPod(PROXY_CONTAINER, spec);
}

/** The containers Istio's templates add; app-level checks leave them alone. */
export const INJECTED_CONTAINERS: ReadonlySet<string> = new Set([PROXY_CONTAINER, INIT_CONTAINER, VALIDATION_CONTAINER]);

/**
 * The user and group the proxy runs as (`.ProxyUID`, `.ProxyGID` of the templates). Traffic from
 * this UID is not redirected to Envoy, so no application may run as it.
 */
export const PROXY_UID = 1337;
export const PROXY_GID = 1337;

/** Environment of istio-proxy the injector writes or reads. */
export const PROXY_ENV = {
  /** The app's probes, as pilot-agent runs them (`ISTIO_KUBE_APP_PROBERS`). */
  appProbers: 'ISTIO_KUBE_APP_PROBERS',
  /** The app's Prometheus scrape settings, moved from its annotations. */
  prometheusAnnotations: 'ISTIO_PROMETHEUS_ANNOTATIONS',
  /** Port of the TLS merged-metrics endpoint. */
  secureMetricsPort: 'ENVOY_SECURE_MERGED_METRICS_PORT',
  clusterId: 'ISTIO_META_CLUSTER_ID',
  network: 'ISTIO_META_NETWORK',
} as const;
