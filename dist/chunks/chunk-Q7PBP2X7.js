import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/model/values.ts
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function asMap(v) {
  return isMap(v) ? v : {};
}
function str(v) {
  return typeof v === "string" ? v : "";
}
function stringMap(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    if (val === null || val === void 0) continue;
    out[k] = typeof val === "string" ? val : String(val);
  }
  return out;
}

// src/istio/keys.ts
var INJECT_KEY = "sidecar.istio.io/inject";
var PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
var TEMPLATES_ANNOTATION = "inject.istio.io/templates";
var NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar";
var PROXY_IMAGE_TYPE_ANNOTATION = "sidecar.istio.io/proxyImageType";
var INTERCEPTION_MODE_ANNOTATION = "sidecar.istio.io/interceptionMode";
var REWRITE_PROBERS_ANNOTATION = "sidecar.istio.io/rewriteAppHTTPProbers";
var STATUS_PORT_ANNOTATION = "status.sidecar.istio.io/port";
var MERGE_METRICS_ANNOTATION = "prometheus.istio.io/merge-metrics";
var SCRAPE_TARGETS_ANNOTATION = "prometheus.istio.io/scrape-targets";
var STATUS_ANNOTATION = "sidecar.istio.io/status";
var OVERRIDES_ANNOTATION = "proxy.istio.io/overrides";
var SECURE_PORT_ANNOTATION = "prometheus.istio.io/secure-port";
var NETWORK_LABEL = "topology.istio.io/network";
var GATEWAY_MANAGED_LABEL = "gateway.istio.io/managed";

// src/model/pod.ts
function containersOf(v) {
  return Array.isArray(v) ? v.filter(isMap) : [];
}
function findContainer(name, list) {
  return list?.find((c) => c.name === name);
}
function findContainerInPod(name, spec) {
  return findContainer(name, spec.containers) ?? findContainer(name, spec.initContainers);
}
function moveContainer(list, name, where) {
  const rest = [];
  let match;
  for (const c of list) {
    if (c.name === name) match = c;
    else rest.push(c);
  }
  if (match === void 0 || where === "remove") return rest;
  return where === "first" ? [match, ...rest] : [...rest, match];
}
function transferContainer(from, to, name) {
  const i = from.findIndex((c) => c.name === name);
  if (i < 0) return [from.slice(), to.slice()];
  return [[...from.slice(0, i), ...from.slice(i + 1)], [...to, from[i]]];
}
function names(list) {
  return containersOf(list).map((c) => typeof c.name === "string" ? c.name : "");
}

// src/istio/sidecar.ts
var PROXY_CONTAINER = "istio-proxy";
var INIT_CONTAINER = "istio-init";
var VALIDATION_CONTAINER = "istio-validation";
var CORE_DUMP_CONTAINER = "enable-core-dump";
function findSidecar(spec) {
  return findContainerInPod(PROXY_CONTAINER, spec);
}
var INJECTED_CONTAINERS = /* @__PURE__ */ new Set([PROXY_CONTAINER, INIT_CONTAINER, VALIDATION_CONTAINER]);
var PROXY_UID = 1337;
var PROXY_GID = 1337;
var PROXY_ENV = {
  /** The app's probes, as pilot-agent runs them (`ISTIO_KUBE_APP_PROBERS`). */
  appProbers: "ISTIO_KUBE_APP_PROBERS",
  /** The app's Prometheus scrape settings, moved from its annotations. */
  prometheusAnnotations: "ISTIO_PROMETHEUS_ANNOTATIONS",
  /** Port of the TLS merged-metrics endpoint. */
  secureMetricsPort: "ENVOY_SECURE_MERGED_METRICS_PORT",
  clusterId: "ISTIO_META_CLUSTER_ID",
  network: "ISTIO_META_NETWORK"
};

// src/istio/ports.ts
var RESERVED_PORTS = /* @__PURE__ */ new Map([
  [15e3, "Envoy admin"],
  [15001, "Envoy outbound capture"],
  [15004, "istio-agent debug"],
  [15006, "Envoy inbound capture"],
  [15008, "HBONE tunnel"],
  [15020, "merged Prometheus telemetry"],
  [15021, "health checks"],
  [15053, "DNS proxy"],
  [15090, "Envoy Prometheus telemetry"]
]);
var DEFAULT_STATUS_PORT = 15020;

// src/istio/mesh-defaults.ts
var DEFAULT_PROXY_CONFIG = Object.freeze({
  configPath: "./etc/istio/proxy",
  binaryPath: "/usr/local/bin/envoy",
  serviceCluster: "istio-proxy",
  drainDuration: "45s",
  terminationDrainDuration: "5s",
  discoveryAddress: "istiod.istio-system.svc:15012",
  proxyAdminPort: 15e3,
  controlPlaneAuthPolicy: "MUTUAL_TLS",
  statNameLength: 189,
  statusPort: DEFAULT_STATUS_PORT
});
var MESH_DEFAULTS = Object.freeze({
  enableTracing: true,
  protocolDetectionTimeout: "0s",
  ingressService: "istio-ingressgateway",
  ingressControllerMode: "STRICT",
  ingressClass: "istio",
  trustDomain: "cluster.local",
  enableAutoMtls: true,
  outboundTrafficPolicy: { mode: "ALLOW_ANY" },
  inboundTrafficPolicy: { mode: "PASSTHROUGH" },
  localityLbSetting: { enabled: true },
  rootNamespace: "istio-system",
  proxyListenPort: 15001,
  proxyInboundListenPort: 15006,
  connectTimeout: "10s",
  defaultServiceExportTo: ["*"],
  defaultVirtualServiceExportTo: ["*"],
  defaultDestinationRuleExportTo: ["*"],
  dnsRefreshRate: "60s",
  enablePrometheusMerge: true,
  defaultProviders: {}
});
var DEFAULT_EXTENSION_PROVIDERS = [
  { name: "prometheus", prometheus: {} },
  { name: "stackdriver", stackdriver: {} },
  { name: "envoy", envoyFileAccessLog: { path: "/dev/stdout" } }
];

export {
  isMap,
  asMap,
  str,
  stringMap,
  RESERVED_PORTS,
  DEFAULT_STATUS_PORT,
  DEFAULT_PROXY_CONFIG,
  MESH_DEFAULTS,
  DEFAULT_EXTENSION_PROVIDERS,
  INJECT_KEY,
  PROXY_CONFIG_ANNOTATION,
  TEMPLATES_ANNOTATION,
  NATIVE_SIDECAR_ANNOTATION,
  PROXY_IMAGE_TYPE_ANNOTATION,
  INTERCEPTION_MODE_ANNOTATION,
  REWRITE_PROBERS_ANNOTATION,
  STATUS_PORT_ANNOTATION,
  MERGE_METRICS_ANNOTATION,
  SCRAPE_TARGETS_ANNOTATION,
  STATUS_ANNOTATION,
  OVERRIDES_ANNOTATION,
  SECURE_PORT_ANNOTATION,
  NETWORK_LABEL,
  GATEWAY_MANAGED_LABEL,
  containersOf,
  findContainer,
  findContainerInPod,
  moveContainer,
  transferContainer,
  names,
  PROXY_CONTAINER,
  INIT_CONTAINER,
  VALIDATION_CONTAINER,
  CORE_DUMP_CONTAINER,
  findSidecar,
  INJECTED_CONTAINERS,
  PROXY_UID,
  PROXY_GID,
  PROXY_ENV
};
