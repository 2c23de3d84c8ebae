/**
 * The annotation and label keys kube-inject's code reads or writes, spelled once. Every key here
 * is also an entry of the registry (`annotations/`), which says what it does and where it goes.
 */

/** Label (newer) or annotation: whether a pod gets a sidecar. */
export const INJECT_KEY = 'sidecar.istio.io/inject';

// ---- pod annotations the injector reads ----
export const PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';
export const TEMPLATES_ANNOTATION = 'inject.istio.io/templates';
export const NATIVE_SIDECAR_ANNOTATION = 'sidecar.istio.io/nativeSidecar';
export const PROXY_IMAGE_TYPE_ANNOTATION = 'sidecar.istio.io/proxyImageType';
export const INTERCEPTION_MODE_ANNOTATION = 'sidecar.istio.io/interceptionMode';
export const REWRITE_PROBERS_ANNOTATION = 'sidecar.istio.io/rewriteAppHTTPProbers';
export const STATUS_PORT_ANNOTATION = 'status.sidecar.istio.io/port';
export const MERGE_METRICS_ANNOTATION = 'prometheus.istio.io/merge-metrics';
export const SCRAPE_TARGETS_ANNOTATION = 'prometheus.istio.io/scrape-targets';

// ---- pod annotations the injector writes ----
/** What an injection added; its presence marks a pod as injected. */
export const STATUS_ANNOTATION = 'sidecar.istio.io/status';
/** The pod's own customisations of injected containers, kept for re-injection. */
export const OVERRIDES_ANNOTATION = 'proxy.istio.io/overrides';
export const SECURE_PORT_ANNOTATION = 'prometheus.istio.io/secure-port';

// ---- labels ----
/** On a Namespace or Pod: the control plane revision (or tag) whose injector it asks for. */
export const REVISION_LABEL = 'istio.io/rev';
/** The network of a pod in a multi-network mesh (also written by the injector). */
export const NETWORK_LABEL = 'topology.istio.io/network';
/** On objects Istio's gateway controller generates. */
export const GATEWAY_MANAGED_LABEL = 'gateway.istio.io/managed';
/** On a Namespace (or pod): `ambient` puts it in ambient mode. */
export const DATAPLANE_MODE_LABEL = 'istio.io/dataplane-mode';

// ---- other annotations lint reads ----
/** On a Service: the namespaces that see it (`*`, `.`, or a list). */
export const EXPORT_TO_ANNOTATION = 'networking.istio.io/exportTo';
/** Set by Istio on pods enrolled in ambient mode. */
export const AMBIENT_REDIRECTION_ANNOTATION = 'ambient.istio.io/redirection';
