/**
 * Every Istio annotation (istio/api `annotation/annotations.yaml`), those Istio's injector or
 * its injection template reads but istio/api does not list yet (origin `istio/istio`), and
 * kube-inject's own `kube-inject.io/ignore`; sorted by name. `injector: true` marks the values Istio's injector
 * validates (`pkg/kube/inject/validate.go`); other validators are kube-inject's lint checks.
 */
import { entry, type EntryOptions } from './entry.js';
import { validateProxyConfig } from './proxy-config.js';
import type { AnnotationInfo, IstioResource } from './types.js';
import * as v from './validators.js';

const a = (name: string, resources: readonly IstioResource[], description: string, o?: EntryOptions): AnnotationInfo =>
  entry('annotation', name, resources, description, o);

const POD = ['Pod'] as const;
const SVC = ['Service'] as const;
const WE = ['WorkloadEntry'] as const;
const GW = ['Gateway'] as const;
const A = 'Alpha';
const IV = { injector: true } as const;

export const ANNOTATIONS: readonly AnnotationInfo[] = [
  a('alpha.istio.io/canonical-serviceaccounts', SVC, 'Non-Kubernetes service accounts allowed to run this service.', { status: A, deprecated: {}, hidden: true }),
  a('alpha.istio.io/kubernetes-serviceaccounts', SVC, 'Kubernetes service accounts allowed to run this service on VMs.', { status: A, deprecated: {}, hidden: true }),
  a('ambient.istio.io/bypass-inbound-capture', POD, 'In ambient mode, capture only outbound traffic of this pod.', { status: A }),
  a('ambient.istio.io/dns-capture', POD, 'In ambient mode, whether DNS traffic (port 53) of this pod is captured.', { status: A, hidden: true }),
  a('ambient.istio.io/redirection', POD, 'Set by Istio when the pod is enrolled in ambient mode; not for users.', { status: 'Beta' }),
  a('ambient.istio.io/waypoint-inbound-binding', ['GatewayClass', 'Gateway'], 'How traffic is sent to a waypoint: <protocol> or <protocol>/<port>.', { status: A, hidden: true }),
  a('galley.istio.io/analyze-suppress', ['Any'], 'Comma-separated analyzer message codes (or *) to suppress on this resource.', { status: A }),
  a('gateway.istio.io/controller-version', ['Any'], 'Controller version written on a Gateway by its controller.', { status: A, hidden: true }),
  a('gateway.istio.io/name-override', GW, 'Name of the Deployment and Service generated for an auto-deployed Gateway.', { status: A, hidden: true }),
  a('gateway.istio.io/service-account', GW, 'Name of the ServiceAccount generated for an auto-deployed Gateway.', { status: A, hidden: true }),
  a('inject.istio.io/templates', POD, 'Comma-separated names of the injection templates to use.', { status: A }),
  a('istio.io/autoRegistrationGroup', WE, 'On a WorkloadEntry, the WorkloadGroup it was registered from.', { status: A, hidden: true }),
  a('istio.io/connectedAt', WE, 'On a WorkloadEntry, when the workload connected to istiod (ns).', { status: A, hidden: true }),
  a('istio.io/disconnectedAt', WE, 'On a WorkloadEntry, when the workload disconnected from istiod (ns).', { status: A, hidden: true }),
  a('istio.io/dry-run', ['AuthorizationPolicy'], 'Put an AuthorizationPolicy in dry-run mode.', { status: A }),
  a('istio.io/reroute-virtual-interfaces', POD, 'Comma-separated virtual interfaces whose inbound traffic is treated as outbound.', { status: A, validate: v.validateInterfaces, ...IV }),
  a('istio.io/rev', POD, 'Control plane revision the proxy is actually connected to; set by Istio.', { status: A }),
  a('istio.io/use-waypoint-canary-weight', ['Service', 'ServiceEntry', 'Namespace'], 'Share (0-100) of connections sent to the canary waypoint.', { status: A, validate: v.validatePercent }),
  a('istio.io/workloadController', WE, 'On a WorkloadEntry, the istiod instance the workload is connected to.', { status: A, hidden: true }),
  a('kube-inject.io/ignore', ['Any'], "kube-inject: comma-separated lint rule ids (or *) to ignore on this object.", { scopes: ['pod', 'workload'], validate: v.validateIgnoreList, origin: 'kube-inject' }),
  a('kubernetes.io/ingress.class', ['Ingress'], 'Class of the controllers responsible for an Ingress.', { status: 'Stable' }),
  a('networking.istio.io/exportTo', SVC, 'Namespaces the service is exported to: *, ., ~ or a comma-separated list.', { status: A }),
  a('networking.istio.io/service-type', GW, 'Type of the Service generated for an auto-deployed Gateway.', { status: A, hidden: true }),
  a('networking.istio.io/traffic-distribution', ['Namespace', 'Service', 'ServiceEntry'], 'How ztunnel distributes traffic across endpoints (e.g. PreferClose).', { status: A }),
  a('prometheus.istio.io/merge-metrics', POD, "Merge the app's Prometheus metrics with Envoy's.", { status: A, validate: v.validateBool, ...IV }),
  a('prometheus.istio.io/scrape-targets', POD, 'Comma-separated port:path app metrics endpoints merged by the sidecar.', { validate: v.validateScrapeTargets, origin: 'istio/istio' }),
  a('prometheus.istio.io/secure-port', POD, 'Port of the TLS merged-metrics endpoint; set by the injector.', { origin: 'istio/istio' }),
  a('proxy.istio.io/config', POD, 'ProxyConfig overrides (YAML/JSON) for this proxy.', { status: 'Beta', validate: validateProxyConfig, ...IV }),
  a('proxy.istio.io/overrides', POD, 'Written by the injector: user overrides of the istio-proxy container.', { status: A, hidden: true }),
  a('readiness.status.sidecar.istio.io/applicationPorts', POD, "Application ports the sidecar's readiness check waits for.", { status: A, validate: v.validateApplicationPorts }),
  a('readiness.status.sidecar.istio.io/failureThreshold', POD, "Failure threshold of the sidecar's readiness probe.", { status: A, validate: v.validateUInt32, ...IV }),
  a('readiness.status.sidecar.istio.io/initialDelaySeconds', POD, "Initial delay (s) of the sidecar's readiness probe.", { status: A, validate: v.validateUInt32, ...IV }),
  a('readiness.status.sidecar.istio.io/periodSeconds', POD, "Period (s) of the sidecar's readiness probe.", { status: A, validate: v.validateUInt32, ...IV }),
  a('sidecar.istio.io/agentLogLevel', POD, 'Log output level of pilot-agent (level or scope:level,...).', { status: A, validate: v.validateAgentLogLevel }),
  a('sidecar.istio.io/bootstrapOverride', POD, 'ConfigMap with an alternative Envoy bootstrap configuration.', { status: A }),
  a('sidecar.istio.io/capNetBindService', POD, 'Let istio-proxy bind ports below 1024 (NET_BIND_SERVICE): "true" or "false".', { origin: 'istio/istio' }),
  a('sidecar.istio.io/componentLogLevel', POD, "Envoy's per-component log levels (component:level,...).", { status: A, validate: v.validateComponentLogLevel }),
  a('sidecar.istio.io/discoveryAddress', POD, 'XDS discovery address used by the sidecar.', { status: A, deprecated: { replacement: 'proxy.istio.io/config' } }),
  a('sidecar.istio.io/extraStatTags', POD, 'Extra tags to extract in the in-proxy telemetry.', { status: A, deprecated: {} }),
  a('sidecar.istio.io/inject', POD, 'Whether to inject the sidecar; use the label of the same name instead.', { status: 'Beta', deprecated: { replacement: 'sidecar.istio.io/inject (label)' } }),
  a('sidecar.istio.io/interceptionMode', POD, 'How inbound traffic is redirected to Envoy: REDIRECT, TPROXY or NONE.', { status: A, validate: v.validateInterceptionMode, ...IV }),
  a('sidecar.istio.io/logLevel', POD, "Envoy's log level.", { status: A, validate: v.validateEnvoyLogLevel }),
  a('sidecar.istio.io/nativeSidecar', POD, 'Inject istio-proxy as a native sidecar ("true") or a regular container ("false").', { status: A, validate: v.validateTrueFalse }),
  a('sidecar.istio.io/proxyCPU', POD, "CPU request of the sidecar.", { status: A, validate: v.validateResourceQuantity, ...IV }),
  a('sidecar.istio.io/proxyCPULimit', POD, 'CPU limit of the sidecar.', { status: A, validate: v.validateResourceQuantity, ...IV }),
  a('sidecar.istio.io/proxyImage', POD, 'Image of the sidecar.', { status: A }),
  a('sidecar.istio.io/proxyImageType', POD, 'Image type (variant) of the sidecar, e.g. debug or distroless.', { status: A }),
  a('sidecar.istio.io/proxyMemory', POD, 'Memory request of the sidecar.', { status: A, validate: v.validateResourceQuantity, ...IV }),
  a('sidecar.istio.io/proxyMemoryLimit', POD, 'Memory limit of the sidecar.', { validate: v.validateResourceQuantity, ...IV }),
  a('sidecar.istio.io/rewriteAppHTTPProbers', POD, "Rewrite the app's probes to go through the sidecar's status port.", { status: A, validate: v.validateBool }),
  a('sidecar.istio.io/statsCompression', POD, 'Compression of stats emitted by Envoy: brotli, gzip or zstd.', { status: A, deprecated: {}, validate: v.oneOf('brotli', 'gzip', 'zstd') }),
  a('sidecar.istio.io/statsEvictionInterval', POD, 'Expiry interval of Istio standard metrics.', { status: A, validate: v.validateDuration }),
  a('sidecar.istio.io/statsFlushInterval', POD, 'Flush interval of push-based stat sinks (default 5s).', { status: A, validate: v.validateDuration }),
  a('sidecar.istio.io/statsHistogramBins', POD, 'Bins per time series of Istio standard histograms (default 100).', { status: A, validate: v.validateUInt32 }),
  a('sidecar.istio.io/statsHistogramBuckets', POD, 'Custom histogram buckets per stat prefix (JSON).', { status: A, validate: v.validateHistogramBuckets }),
  a('sidecar.istio.io/statsInclusionPrefixes', POD, 'Comma-separated stat prefixes Envoy emits.', { status: A, deprecated: {} }),
  a('sidecar.istio.io/statsInclusionRegexps', POD, 'Comma-separated regexes of stats Envoy emits.', { status: A, deprecated: {} }),
  a('sidecar.istio.io/statsInclusionSuffixes', POD, 'Comma-separated stat suffixes Envoy emits.', { status: A, deprecated: {} }),
  a('sidecar.istio.io/status', POD, 'Written by the injector: what it injected (containers, volumes, revision).', { status: A }),
  a('sidecar.istio.io/userVolume', POD, 'Extra volumes (JSON) for the sidecar.', { status: A, validate: v.validateJsonObjects }),
  a('sidecar.istio.io/userVolumeMount', POD, 'Extra volume mounts (JSON) for the sidecar.', { validate: v.validateJsonObjects }),
  a('status.sidecar.istio.io/port', POD, "Sidecar's HTTP status port; 0 turns status off.", { status: A, validate: v.validateStatusPort, ...IV }),
  a('topology.istio.io/controlPlaneClusters', ['Namespace'], 'Clusters (or *) whose istiod may lead a remote cluster.', { status: A }),
  a('traffic.istio.io/nodeSelector', SVC, 'Node labels selecting node addresses of a NodePort multi-network gateway.', { status: 'Stable' }),
  a('traffic.sidecar.istio.io/excludeInboundPorts', POD, 'Inbound ports not redirected to Envoy.', { status: A, validate: v.validateExcludeInboundPorts, ...IV }),
  a('traffic.sidecar.istio.io/excludeInterfaces', POD, 'Interfaces excluded from traffic capture.', { status: A, validate: v.validateInterfaces, ...IV }),
  a('traffic.sidecar.istio.io/excludeOutboundIPRanges', POD, 'Outbound CIDRs not redirected to Envoy.', { status: A, validate: v.validateExcludeIPRanges, ...IV }),
  a('traffic.sidecar.istio.io/excludeOutboundPorts', POD, 'Outbound ports not redirected to Envoy.', { status: A, validate: v.validateExcludeOutboundPorts, ...IV }),
  a('traffic.sidecar.istio.io/includeInboundPorts', POD, 'Inbound ports redirected to Envoy (* for all, empty for none).', { validate: v.validateIncludeInboundPorts, ...IV }),
  a('traffic.sidecar.istio.io/includeOutboundIPRanges', POD, 'Outbound CIDRs redirected to Envoy (* for all, empty for none).', { status: A, validate: v.validateIncludeIPRanges, ...IV }),
  a('traffic.sidecar.istio.io/includeOutboundPorts', POD, 'Outbound ports redirected to Envoy whatever the destination IP.', { status: A, validate: v.validateIncludeOutboundPorts }),
  a('traffic.sidecar.istio.io/kubevirtInterfaces', POD, 'Virtual interfaces whose inbound traffic is treated as outbound.', { status: A, deprecated: { replacement: 'istio.io/reroute-virtual-interfaces' }, validate: v.validateInterfaces, ...IV }),
];
