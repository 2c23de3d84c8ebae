import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  compileSelector,
  describeObject,
  selectorMatches
} from "./chunk-GXKLT2VF.js";
import {
  DEFAULT_PROXY_CONFIG,
  INJECT_KEY,
  MAX_NESTING_DEPTH,
  OVERRIDES_ANNOTATION,
  STATUS_ANNOTATION,
  jsonDepthError,
  load
} from "./chunk-MRUMKARZ.js";
import {
  goParseBoolError,
  goParseDuration,
  goParseUintError,
  goQuote,
  goTrimSpace,
  isMap,
  setOwn
} from "./chunk-66ALYMBE.js";

// src/istio/policy.ts
var IGNORED_NAMESPACES = /* @__PURE__ */ new Set([
  "kube-system",
  "kube-public",
  "kube-node-lease",
  "local-path-storage"
]);
function compilePolicy(policy, never, always) {
  const warnings = [];
  const compile = (list, what) => list.map((s, i) => {
    const c = compileSelector(s);
    if (c.error) warnings.push(`invalid ${what}[${i}], ignored: ${c.error}`);
    return c;
  });
  return {
    compiled: { policy, never: compile(never, "neverInjectSelector"), always: compile(always, "alwaysInjectSelector") },
    warnings
  };
}
function skipReason(p, pod) {
  if (pod.hostNetwork) return "host networking";
  if (IGNORED_NAMESPACES.has(pod.namespace)) return `${describeObject("Namespace", void 0, pod.namespace)} is excluded`;
  const fromLabel = Object.hasOwn(pod.labels, INJECT_KEY);
  const selector = fromLabel ? pod.labels[INJECT_KEY] : pod.annotations[INJECT_KEY] ?? "";
  let useDefault = selector !== "true" && selector !== "false";
  let inject = selector === "true";
  let why = `${INJECT_KEY} is ${JSON.stringify(selector)}`;
  if (useDefault && p.never.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = false;
    why = "pod labels match a neverInjectSelector";
  }
  if (useDefault && p.always.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = true;
  }
  switch (p.policy) {
    case "enabled":
      return useDefault || inject ? void 0 : why;
    case "disabled":
      if (useDefault) return "injection policy is disabled";
      return inject ? void 0 : why;
    default:
      return `invalid injection policy ${JSON.stringify(p.policy)}`;
  }
}

// src/istio/annotations/entry.ts
var SCOPE_OF = {
  Any: "any",
  Pod: "pod",
  Deployment: "workload",
  Service: "service",
  Namespace: "namespace"
};
function entry(kind, name, resources, description, o = {}) {
  const scopes = new Set(o.scopes ?? []);
  for (const r of resources) scopes.add(SCOPE_OF[r] ?? "other");
  return {
    name,
    kind,
    description,
    resources,
    scopes: [...scopes],
    ...o.status ? { featureStatus: o.status } : {},
    ...o.deprecated ? { deprecated: o.deprecated } : {},
    ...o.hidden ? { hidden: true } : {},
    ...o.validate ? { validate: o.validate } : {},
    injectorValidated: o.injector ?? false,
    origin: o.origin ?? "istio/api"
  };
}

// start-up-light:node:net
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var m;
var load2 = () => m ??= require2("node:net");
function isIP(...a2) {
  return load2().isIP(...a2);
}
function isIPv4(...a2) {
  return load2().isIPv4(...a2);
}
function isIPv6(...a2) {
  return load2().isIPv6(...a2);
}

// src/istio/annotations/proxy-config-fields.ts
var S = { t: "string" };
var I = { t: "int32" };
var D = { t: "duration" };
var M = { t: "message" };
var PROXY_CONFIG_FIELDS = {
  availabilityZone: S,
  // deprecated
  binaryPath: S,
  caCertificatesPem: { t: "string-list" },
  concurrency: { t: "int32-wrapper" },
  configPath: S,
  connectionSettings: M,
  controlPlaneAuthPolicy: { t: "enum", values: ["NONE", "MUTUAL_TLS", "INHERIT"] },
  customConfigFile: S,
  discoveryAddress: S,
  discoveryRefreshDelay: D,
  // deprecated
  drainDuration: D,
  envoyAccessLogService: M,
  envoyMetricsService: M,
  envoyMetricsServiceAddress: S,
  // deprecated
  extraStatTags: { t: "string-list" },
  fileFlushInterval: D,
  fileFlushMinSizeKb: { t: "uint32" },
  gatewayTopology: M,
  holdApplicationUntilProxyStarts: { t: "bool-wrapper" },
  image: M,
  interceptionMode: { t: "enum", values: ["REDIRECT", "TPROXY", "NONE"] },
  meshId: S,
  privateKeyProvider: M,
  proxyAdminPort: I,
  proxyBootstrapTemplatePath: S,
  proxyHeaders: M,
  proxyMetadata: { t: "string-map" },
  proxyStatsMatcher: M,
  readinessProbe: M,
  runtimeValues: { t: "string-map" },
  sds: M,
  // deprecated
  serviceCluster: S,
  statNameLength: I,
  statsCompression: { t: "bool-wrapper" },
  statsdUdpAddress: S,
  statusPort: I,
  terminationDrainDuration: D,
  tracing: M,
  tracingServiceName: {
    t: "enum",
    values: ["APP_LABEL_AND_NAMESPACE", "CANONICAL_NAME_ONLY", "CANONICAL_NAME_AND_NAMESPACE"]
  },
  zipkinAddress: S
  // deprecated
};
var PROXY_CONFIG_PROTO_NAMES = Object.fromEntries(
  Object.keys(PROXY_CONFIG_FIELDS).map((json) => [json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), json])
);
function proxyConfigFieldName(key) {
  if (Object.hasOwn(PROXY_CONFIG_FIELDS, key)) return key;
  return Object.hasOwn(PROXY_CONFIG_PROTO_NAMES, key) ? PROXY_CONFIG_PROTO_NAMES[key] : void 0;
}

// src/istio/annotations/proxy-config.ts
var validateProxyConfig = (value) => {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === "string") return `failed to convert to apply proxy config: ${parsed}`;
  const merged = { ...DEFAULT_PROXY_CONFIG };
  for (const [key, v] of Object.entries(parsed)) {
    const name = proxyConfigFieldName(key);
    if (name === void 0) continue;
    const typeError = checkType(v, PROXY_CONFIG_FIELDS[name]);
    if (typeError) return `failed to convert to apply proxy config: ${key}: ${typeError}`;
    if (v === null) continue;
    if (name === "tracingServiceName") delete merged.serviceCluster;
    if (name === "serviceCluster") delete merged.tracingServiceName;
    setOwn(merged, name, v);
  }
  const errors = checkMerged(merged);
  return errors.length ? errors.join("; ") : null;
};
function unknownProxyConfigFields(value) {
  const parsed = parseProxyConfig(value);
  if (typeof parsed === "string") return [];
  return Object.keys(parsed).filter((k) => proxyConfigFieldName(k) === void 0);
}
function parseProxyConfig(value) {
  let doc;
  if (/^(\s*(#.*)?(\n|$))*$/.test(value)) return {};
  try {
    doc = load(value, { maxDepth: MAX_NESTING_DEPTH });
  } catch (e) {
    return e.message.split("\n")[0] ?? "invalid YAML";
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) return "ProxyConfig must be a mapping";
  return doc;
}
function checkType(v, type) {
  if (v === null) return null;
  switch (type.t) {
    case "string":
      return typeof v === "string" ? null : "expected a string";
    case "int32":
    case "int32-wrapper":
      return isInt(v, -(2 ** 31), 2 ** 31 - 1) ? null : "expected a 32-bit integer";
    case "uint32":
      return isInt(v, 0, 2 ** 32 - 1) ? null : "expected an unsigned 32-bit integer";
    case "bool-wrapper":
      return typeof v === "boolean" ? null : "expected true or false";
    case "duration": {
      if (typeof v !== "string") return 'expected a duration string such as "45s"';
      const d = goParseDuration(v);
      return "error" in d ? `bad Duration: ${d.error}` : null;
    }
    case "enum":
      if (typeof v === "string") return type.values.includes(v) ? null : `unknown value ${goQuote(v)}`;
      return Number.isInteger(v) ? null : `expected one of ${type.values.join(", ")}`;
    case "message":
      return typeof v === "object" && !Array.isArray(v) ? null : "expected a mapping";
    case "string-map":
      return typeof v === "object" && !Array.isArray(v) && Object.values(v).every((x) => typeof x === "string") ? null : "expected a mapping of strings";
    case "string-list":
      return Array.isArray(v) && v.every((x) => typeof x === "string") ? null : "expected a list of strings";
  }
}
function isInt(v, min, max) {
  const n = typeof v === "string" && /^-?[0-9]+$/.test(v) ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n >= min && n <= max;
}
function checkMerged(c) {
  const errs = [];
  if (c.configPath === "") errs.push("config path must be set");
  if (c.binaryPath === "") errs.push("binary path must be set");
  if (c.serviceCluster === "") errs.push("service cluster must be specified");
  const drain = goParseDuration(String(c.drainDuration));
  if ("ns" in drain) {
    if (drain.ns < 1e6) errs.push("invalid drain duration: duration must be greater than 1ms");
    else if (drain.ns % 1e6 !== 0) errs.push("invalid drain duration: only durations to ms precision are supported");
    else if (drain.ns % 1e9 !== 0) errs.push("drain time only supports durations to seconds precision");
  }
  if (c.discoveryAddress === "") errs.push("discovery address must be set to the proxy discovery service");
  else addressError(errs, "invalid discovery address:", c.discoveryAddress);
  addressError(errs, `invalid statsd udp address ${goQuote(String(c.statsdUdpAddress))}:`, c.statsdUdpAddress);
  addressError(errs, "invalid envoy metrics service address:", c.envoyMetricsServiceAddress);
  addressError(errs, "invalid envoy metrics service address:", nestedAddress(c.envoyMetricsService));
  addressError(errs, "invalid envoy access log service address:", nestedAddress(c.envoyAccessLogService));
  portRange(errs, "invalid proxy admin port:", c.proxyAdminPort);
  portRange(errs, "invalid status port:", c.statusPort);
  const policy = c.controlPlaneAuthPolicy;
  if (!(policy === "NONE" || policy === "MUTUAL_TLS" || policy === 0 || policy === 1)) {
    errs.push(`invalid authentication policy: unrecognized control plane auth policy ${goQuote(String(policy))}`);
  }
  return errs;
}
function nestedAddress(service) {
  return typeof service === "object" && service !== null ? service.address : void 0;
}
function portRange(errs, prefix, port) {
  const n = Number(port);
  if (!(n >= 1 && n <= 65535)) errs.push(`${prefix} port number ${n} must be in the range 1..65535`);
}
function addressError(errs, prefix, address) {
  if (typeof address !== "string" || address === "") return;
  const m2 = /^(?:\[([^\]]*)\]|([^:]*)):([^:]*)$/.exec(address);
  if (!m2) {
    errs.push(`${prefix} unable to split ${goQuote(address)}: address ${address}: missing port in address`);
    return;
  }
  const host = m2[1] ?? m2[2] ?? "";
  const port = m2[3] ?? "";
  if (!/^[+-]?[0-9]+$/.test(port)) errs.push(`${prefix} port (${port}) is not a number`);
  else if (!(Number(port) >= 1 && Number(port) <= 65535)) errs.push(`${prefix} port number ${Number(port)} must be in the range 1..65535`);
  else if (!isDnsName(host) && isIP(host) === 0) errs.push(`${prefix} ${goQuote(host)} is not a valid hostname or an IP address`);
}
function isDnsName(host) {
  if (host.length === 0 || host.length > 255) return false;
  const labels = host.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (/^[+-]?[0-9]+$/.test(tld)) return false;
  return labels.every((l2, i) => i === labels.length - 1 && l2 === "" || /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/.test(l2));
}

// src/model/quantity.ts
var DECIMAL = { n: -9, u: -6, m: -3, "": 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
var BINARY = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
var SHAPE = /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[-+]?\d*)$/;
var MAX_EXPONENT = 1e3;
function parseQuantity(input) {
  let s;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return null;
    s = String(input);
  } else if (typeof input === "string") {
    s = input;
  } else {
    return null;
  }
  const m2 = SHAPE.exec(s);
  if (!m2) return null;
  const [, sign = "", whole = "", frac = "", suffix = ""] = m2;
  if (whole === "" && frac === "") return null;
  let tenExp;
  let twoExp = 0;
  let format = "DecimalSI";
  if (Object.hasOwn(DECIMAL, suffix)) {
    tenExp = DECIMAL[suffix];
  } else if (Object.hasOwn(BINARY, suffix)) {
    tenExp = 0;
    twoExp = BINARY[suffix];
    format = "BinarySI";
  } else if (/^[eE][+-]?\d+$/.test(suffix)) {
    tenExp = Number(suffix.slice(1));
    format = "DecimalExponent";
  } else {
    return null;
  }
  if (Math.abs(tenExp) > MAX_EXPONENT) {
    if (tenExp > 0) return null;
    tenExp = -MAX_EXPONENT;
  }
  const digits = BigInt(whole + frac);
  const nanoExp = tenExp - frac.length + 9;
  let magnitude = digits << BigInt(twoExp);
  if (nanoExp >= 0) {
    magnitude *= 10n ** BigInt(nanoExp);
  } else {
    const div = 10n ** BigInt(-nanoExp);
    magnitude = (magnitude + div - 1n) / div;
  }
  if (format === "BinarySI" && magnitude > 0n && magnitude < 1000000000n) format = "DecimalSI";
  return { nanos: sign === "-" ? -magnitude : magnitude, format };
}
function isValidQuantity(input) {
  return (typeof input === "string" || typeof input === "number") && parseQuantity(input) !== null;
}

// src/istio/annotations/net-validators.ts
function parsePrefixError(s) {
  const fail = (msg) => `netip.ParsePrefix(${goQuote(s)}): ${msg}`;
  const slash = s.lastIndexOf("/");
  if (slash < 0) return fail("no '/'");
  const addr = s.slice(0, slash);
  const bitsStr = s.slice(slash + 1);
  let maxBits;
  if (isIPv4(addr)) maxBits = 32;
  else if (addr.includes("%") && isIPv6(addr)) return fail("IPv6 zones cannot be present in a prefix");
  else if (isIPv6(addr)) maxBits = 128;
  else return fail(`ParseAddr(${goQuote(addr)}): unable to parse IP`);
  if (!/^(0|[1-9][0-9]*)$/.test(bitsStr)) return fail(`bad bits after slash: ${goQuote(bitsStr)}`);
  if (Number(bitsStr) > maxBits) return fail("prefix length out of range");
  return null;
}
function cidrListError(cidrs) {
  if (cidrs.length === 0) return null;
  for (const cidr of cidrs.split(",")) {
    const e = parsePrefixError(cidr);
    if (e) return `failed parsing cidr '${cidr}': ${e}`;
  }
  return null;
}
function portError(port) {
  const e = goParseUintError(goTrimSpace(port), 16);
  return e ? `failed parsing port '${port}': ${e}` : null;
}
function portListError(ports) {
  const trimmed = goTrimSpace(ports);
  if (trimmed.length === 0) return null;
  for (const p of trimmed.split(",")) {
    const e = portError(p);
    if (e) return `failed parsing port '${p}': ${e}`;
  }
  return null;
}
var INTERFACE_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;
function interfaceListError(interfaces) {
  if (interfaces.length === 0) return null;
  for (const raw of interfaces.split(",")) {
    const iface = goTrimSpace(raw);
    if (iface.length === 0) return "empty interface name";
    if (iface.length > 15) return `interface name ${goQuote(iface)} too long (max 15 chars)`;
    if (!INTERFACE_NAME.test(iface)) return `interface name ${goQuote(iface)} contains invalid characters`;
  }
  return null;
}

// src/istio/annotations/validators.ts
var validateInterceptionMode = (mode) => mode === "REDIRECT" || mode === "TPROXY" || mode === "NONE" ? null : `interceptionMode invalid, use REDIRECT,TPROXY,NONE: ${mode}`;
var validateIncludeIPRanges = (v) => {
  if (v === "*") return null;
  const e = cidrListError(v);
  return e ? `includeIPRanges invalid: ${e}` : null;
};
var validateExcludeIPRanges = (v) => {
  const e = cidrListError(v);
  return e ? `excludeIPRanges invalid: ${e}` : null;
};
var portList = (parameter, allowStar) => (v) => {
  if (allowStar && v === "*") return null;
  const e = portListError(v);
  return e ? `${parameter} invalid: ${e}` : null;
};
var validateIncludeInboundPorts = portList("includeInboundPorts", true);
var validateExcludeInboundPorts = portList("excludeInboundPorts", false);
var validateExcludeOutboundPorts = portList("excludeOutboundPorts", false);
var validateStatusPort = (v) => {
  const e = portError(v);
  return e ? `statusPort invalid: ${e}` : null;
};
var validateUInt32 = (v) => goParseUintError(v, 32);
var validateBool = (v) => goParseBoolError(v);
var validateResourceQuantity = (v) => {
  if (/[\u0000-\u001f\u007f-\u009f]/.test(v)) return "value contains control characters";
  return isValidQuantity(v) ? null : "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
};
var validateInterfaces = (v) => interfaceListError(v);
var validateIncludeOutboundPorts = portList("includeOutboundPorts", false);
var validateApplicationPorts = portList("applicationPorts", false);
var validateDuration = (v) => {
  const d = goParseDuration(v);
  return "error" in d ? d.error : null;
};
var validateTrueFalse = (v) => v === "true" || v === "false" ? null : `must be "true" or "false", got ${goQuote(v)}`;
var ENVOY_LEVELS = ["trace", "debug", "info", "warning", "error", "critical", "off"];
var AGENT_LEVELS = ["debug", "info", "warn", "error", "fatal", "none"];
var validateEnvoyLogLevel = (v) => ENVOY_LEVELS.includes(v) ? null : `unknown log level ${goQuote(v)}, use one of ${ENVOY_LEVELS.join(", ")}`;
var validateComponentLogLevel = (v) => scopedLevels(v, ENVOY_LEVELS, false);
var validateAgentLogLevel = (v) => scopedLevels(v, AGENT_LEVELS, true);
function scopedLevels(v, levels, bareAllowed) {
  for (const item of v.split(",")) {
    const colon = item.lastIndexOf(":");
    if (colon < 0 && !bareAllowed) return `${goQuote(item)} is not of the form component:level`;
    const scope = colon < 0 ? "default" : item.slice(0, colon);
    const level = item.slice(colon + 1);
    if (scope === "") return `${goQuote(item)} has an empty scope`;
    if (!levels.includes(level)) return `unknown log level ${goQuote(level)}, use one of ${levels.join(", ")}`;
  }
  return null;
}
var validateJsonObjects = (v) => {
  const parsed = parseJson(v);
  if (typeof parsed === "string") return parsed;
  const items = Array.isArray(parsed.value) ? parsed.value : isMap(parsed.value) ? Object.values(parsed.value) : null;
  if (items === null) return "must be a JSON object of name to definition";
  return items.every(isMap) ? null : "every entry must be a JSON object";
};
var validateHistogramBuckets = (v) => {
  const parsed = parseJson(v);
  if (typeof parsed === "string") return parsed;
  if (!isMap(parsed.value)) return "must be a JSON object of prefix to bucket list";
  for (const [prefix, buckets] of Object.entries(parsed.value)) {
    if (!Array.isArray(buckets) || !buckets.every((b) => typeof b === "number")) {
      return `buckets for ${goQuote(prefix)} must be a list of numbers`;
    }
  }
  return null;
};
var validatePercent = (v) => /^[0-9]+$/.test(v) && Number(v) <= 100 ? null : `must be an integer from 0 to 100, got ${goQuote(v)}`;
var oneOf = (...allowed) => (v) => allowed.includes(v) ? null : `must be one of ${allowed.join(", ")}, got ${goQuote(v)}`;
function parseJson(v) {
  const deep = jsonDepthError(v);
  if (deep) return deep;
  try {
    return { value: JSON.parse(v) };
  } catch (e) {
    return `invalid JSON: ${e.message}`;
  }
}
var validateIgnoreList = (v) => {
  const eq = v.indexOf("=");
  for (const item of (eq < 0 ? v : v.slice(0, eq)).split(",")) {
    if (!/^[A-Za-z0-9_.*-]+$/.test(goTrimSpace(item))) return `${goQuote(item)} is not a rule id`;
  }
  return null;
};
var validateScrapeTargets = (v) => {
  for (const raw of v.split(",")) {
    const entry2 = goTrimSpace(raw);
    if (entry2 === "") continue;
    const port = goTrimSpace(entry2.split(":", 1)[0] ?? "");
    if (port === "") return `empty port in scrape target ${goQuote(entry2)}`;
    if (!/^[+-]?[0-9]+$/.test(port) || Number(port) < 1 || Number(port) > 65535) return `invalid target port ${goQuote(port)}`;
  }
  return null;
};

// src/istio/annotations/annotation-table.ts
var a = (name, resources, description, o) => entry("annotation", name, resources, description, o);
var POD = ["Pod"];
var SVC = ["Service"];
var WE = ["WorkloadEntry"];
var GW = ["Gateway"];
var A = "Alpha";
var IV = { injector: true };
var ANNOTATIONS = [
  a("alpha.istio.io/canonical-serviceaccounts", SVC, "Non-Kubernetes service accounts allowed to run this service.", { status: A, deprecated: {}, hidden: true }),
  a("alpha.istio.io/kubernetes-serviceaccounts", SVC, "Kubernetes service accounts allowed to run this service on VMs.", { status: A, deprecated: {}, hidden: true }),
  a("ambient.istio.io/bypass-inbound-capture", POD, "In ambient mode, capture only outbound traffic of this pod.", { status: A }),
  a("ambient.istio.io/dns-capture", POD, "In ambient mode, whether DNS traffic (port 53) of this pod is captured.", { status: A, hidden: true }),
  a("ambient.istio.io/redirection", POD, "Set by Istio when the pod is enrolled in ambient mode; not for users.", { status: "Beta" }),
  a("ambient.istio.io/waypoint-inbound-binding", ["GatewayClass", "Gateway"], "How traffic is sent to a waypoint: <protocol> or <protocol>/<port>.", { status: A, hidden: true }),
  a("galley.istio.io/analyze-suppress", ["Any"], "Comma-separated analyzer message codes (or *) to suppress on this resource.", { status: A }),
  a("gateway.istio.io/controller-version", ["Any"], "Controller version written on a Gateway by its controller.", { status: A, hidden: true }),
  a("gateway.istio.io/name-override", GW, "Name of the Deployment and Service generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("gateway.istio.io/service-account", GW, "Name of the ServiceAccount generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("inject.istio.io/templates", POD, "Comma-separated names of the injection templates to use.", { status: A }),
  a("istio.io/autoRegistrationGroup", WE, "On a WorkloadEntry, the WorkloadGroup it was registered from.", { status: A, hidden: true }),
  a("istio.io/connectedAt", WE, "On a WorkloadEntry, when the workload connected to istiod (ns).", { status: A, hidden: true }),
  a("istio.io/disconnectedAt", WE, "On a WorkloadEntry, when the workload disconnected from istiod (ns).", { status: A, hidden: true }),
  a("istio.io/dry-run", ["AuthorizationPolicy"], "Put an AuthorizationPolicy in dry-run mode.", { status: A }),
  a("istio.io/reroute-virtual-interfaces", POD, "Comma-separated virtual interfaces whose inbound traffic is treated as outbound.", { status: A, validate: validateInterfaces, ...IV }),
  a("istio.io/rev", POD, "Control plane revision the proxy is actually connected to; set by Istio.", { status: A }),
  a("istio.io/use-waypoint-canary-weight", ["Service", "ServiceEntry", "Namespace"], "Share (0-100) of connections sent to the canary waypoint.", { status: A, validate: validatePercent }),
  a("istio.io/workloadController", WE, "On a WorkloadEntry, the istiod instance the workload is connected to.", { status: A, hidden: true }),
  a("kube-inject.io/ignore", ["Any"], "kube-inject: comma-separated lint rule ids (or *) to ignore on this object.", { scopes: ["pod", "workload"], validate: validateIgnoreList, origin: "kube-inject" }),
  a("kubernetes.io/ingress.class", ["Ingress"], "Class of the controllers responsible for an Ingress.", { status: "Stable" }),
  a("networking.istio.io/exportTo", SVC, "Namespaces the service is exported to: *, ., ~ or a comma-separated list.", { status: A }),
  a("networking.istio.io/service-type", GW, "Type of the Service generated for an auto-deployed Gateway.", { status: A, hidden: true }),
  a("networking.istio.io/traffic-distribution", ["Namespace", "Service", "ServiceEntry"], "How ztunnel distributes traffic across endpoints (e.g. PreferClose).", { status: A }),
  a("prometheus.istio.io/merge-metrics", POD, "Merge the app's Prometheus metrics with Envoy's.", { status: A, validate: validateBool, ...IV }),
  a("prometheus.istio.io/scrape-targets", POD, "Comma-separated port:path app metrics endpoints merged by the sidecar.", { validate: validateScrapeTargets, origin: "istio/istio" }),
  a("prometheus.istio.io/secure-port", POD, "Port of the TLS merged-metrics endpoint; set by the injector.", { origin: "istio/istio" }),
  a("proxy.istio.io/config", POD, "ProxyConfig overrides (YAML/JSON) for this proxy.", { status: "Beta", validate: validateProxyConfig, ...IV }),
  a("proxy.istio.io/overrides", POD, "Written by the injector: user overrides of the istio-proxy container.", { status: A, hidden: true }),
  a("readiness.status.sidecar.istio.io/applicationPorts", POD, "Application ports the sidecar's readiness check waits for.", { status: A, validate: validateApplicationPorts }),
  a("readiness.status.sidecar.istio.io/failureThreshold", POD, "Failure threshold of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("readiness.status.sidecar.istio.io/initialDelaySeconds", POD, "Initial delay (s) of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("readiness.status.sidecar.istio.io/periodSeconds", POD, "Period (s) of the sidecar's readiness probe.", { status: A, validate: validateUInt32, ...IV }),
  a("sidecar.istio.io/agentLogLevel", POD, "Log output level of pilot-agent (level or scope:level,...).", { status: A, validate: validateAgentLogLevel }),
  a("sidecar.istio.io/bootstrapOverride", POD, "ConfigMap with an alternative Envoy bootstrap configuration.", { status: A }),
  a("sidecar.istio.io/capNetBindService", POD, 'Let istio-proxy bind ports below 1024 (NET_BIND_SERVICE): "true" or "false".', { origin: "istio/istio" }),
  a("sidecar.istio.io/componentLogLevel", POD, "Envoy's per-component log levels (component:level,...).", { status: A, validate: validateComponentLogLevel }),
  a("sidecar.istio.io/discoveryAddress", POD, "XDS discovery address used by the sidecar.", { status: A, deprecated: { replacement: "proxy.istio.io/config" } }),
  a("sidecar.istio.io/extraStatTags", POD, "Extra tags to extract in the in-proxy telemetry.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/inject", POD, "Whether to inject the sidecar; use the label of the same name instead.", { status: "Beta", deprecated: { replacement: "sidecar.istio.io/inject (label)" } }),
  a("sidecar.istio.io/interceptionMode", POD, "How inbound traffic is redirected to Envoy: REDIRECT, TPROXY or NONE.", { status: A, validate: validateInterceptionMode, ...IV }),
  a("sidecar.istio.io/logLevel", POD, "Envoy's log level.", { status: A, validate: validateEnvoyLogLevel }),
  a("sidecar.istio.io/nativeSidecar", POD, 'Inject istio-proxy as a native sidecar ("true") or a regular container ("false").', { status: A, validate: validateTrueFalse }),
  a("sidecar.istio.io/proxyCPU", POD, "CPU request of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyCPULimit", POD, "CPU limit of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyImage", POD, "Image of the sidecar.", { status: A }),
  a("sidecar.istio.io/proxyImageType", POD, "Image type (variant) of the sidecar, e.g. debug or distroless.", { status: A }),
  a("sidecar.istio.io/proxyMemory", POD, "Memory request of the sidecar.", { status: A, validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/proxyMemoryLimit", POD, "Memory limit of the sidecar.", { validate: validateResourceQuantity, ...IV }),
  a("sidecar.istio.io/rewriteAppHTTPProbers", POD, "Rewrite the app's probes to go through the sidecar's status port.", { status: A, validate: validateBool }),
  a("sidecar.istio.io/statsCompression", POD, "Compression of stats emitted by Envoy: brotli, gzip or zstd.", { status: A, deprecated: {}, validate: oneOf("brotli", "gzip", "zstd") }),
  a("sidecar.istio.io/statsEvictionInterval", POD, "Expiry interval of Istio standard metrics.", { status: A, validate: validateDuration }),
  a("sidecar.istio.io/statsFlushInterval", POD, "Flush interval of push-based stat sinks (default 5s).", { status: A, validate: validateDuration }),
  a("sidecar.istio.io/statsHistogramBins", POD, "Bins per time series of Istio standard histograms (default 100).", { status: A, validate: validateUInt32 }),
  a("sidecar.istio.io/statsHistogramBuckets", POD, "Custom histogram buckets per stat prefix (JSON).", { status: A, validate: validateHistogramBuckets }),
  a("sidecar.istio.io/statsInclusionPrefixes", POD, "Comma-separated stat prefixes Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/statsInclusionRegexps", POD, "Comma-separated regexes of stats Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/statsInclusionSuffixes", POD, "Comma-separated stat suffixes Envoy emits.", { status: A, deprecated: {} }),
  a("sidecar.istio.io/status", POD, "Written by the injector: what it injected (containers, volumes, revision).", { status: A }),
  a("sidecar.istio.io/userVolume", POD, "Extra volumes (JSON) for the sidecar.", { status: A, validate: validateJsonObjects }),
  a("sidecar.istio.io/userVolumeMount", POD, "Extra volume mounts (JSON) for the sidecar.", { validate: validateJsonObjects }),
  a("status.sidecar.istio.io/port", POD, "Sidecar's HTTP status port; 0 turns status off.", { status: A, validate: validateStatusPort, ...IV }),
  a("topology.istio.io/controlPlaneClusters", ["Namespace"], "Clusters (or *) whose istiod may lead a remote cluster.", { status: A }),
  a("traffic.istio.io/nodeSelector", SVC, "Node labels selecting node addresses of a NodePort multi-network gateway.", { status: "Stable" }),
  a("traffic.sidecar.istio.io/excludeInboundPorts", POD, "Inbound ports not redirected to Envoy.", { status: A, validate: validateExcludeInboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/excludeInterfaces", POD, "Interfaces excluded from traffic capture.", { status: A, validate: validateInterfaces, ...IV }),
  a("traffic.sidecar.istio.io/excludeOutboundIPRanges", POD, "Outbound CIDRs not redirected to Envoy.", { status: A, validate: validateExcludeIPRanges, ...IV }),
  a("traffic.sidecar.istio.io/excludeOutboundPorts", POD, "Outbound ports not redirected to Envoy.", { status: A, validate: validateExcludeOutboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/includeInboundPorts", POD, "Inbound ports redirected to Envoy (* for all, empty for none).", { validate: validateIncludeInboundPorts, ...IV }),
  a("traffic.sidecar.istio.io/includeOutboundIPRanges", POD, "Outbound CIDRs redirected to Envoy (* for all, empty for none).", { status: A, validate: validateIncludeIPRanges, ...IV }),
  a("traffic.sidecar.istio.io/includeOutboundPorts", POD, "Outbound ports redirected to Envoy whatever the destination IP.", { status: A, validate: validateIncludeOutboundPorts }),
  a("traffic.sidecar.istio.io/kubevirtInterfaces", POD, "Virtual interfaces whose inbound traffic is treated as outbound.", { status: A, deprecated: { replacement: "istio.io/reroute-virtual-interfaces" }, validate: validateInterfaces, ...IV })
];

// src/istio/annotations/label-table.ts
var l = (name, resources, description, o) => entry("label", name, resources, description, o);
var GENERATED = ["ServiceAccount", "Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler"];
var WAYPOINT_USERS = ["Pod", "WorkloadEntry", "Service", "ServiceEntry", "Namespace"];
var SVC_LIKE = ["Service", "ServiceEntry", "Namespace"];
var A2 = "Alpha";
var LABELS = [
  l("gateway.istio.io/managed", ["ServiceAccount", "Deployment", "Service"], "Added by the Istio Gateway controller to the resources it creates.", { status: "Stable" }),
  l("gateway.networking.k8s.io/gateway-class-name", GENERATED, "GatewayClass a generated resource was created for.", { status: "Stable" }),
  l("gateway.networking.k8s.io/gateway-name", GENERATED, "Gateway a generated resource was created for.", { status: "Stable" }),
  l("istio.io/dataplane-mode", ["Pod", "Namespace"], "Data plane mode: ambient or none.", { status: "Stable", validate: oneOf("ambient", "none") }),
  l("istio.io/ingress-use-waypoint", SVC_LIKE, "Ingress gateways route to this resource through its waypoint.", { status: "Beta" }),
  l("istio.io/rev", ["Namespace", "Gateway", "Pod"], "Control plane revision or tag the resource asks for.", { status: "Beta" }),
  l("istio.io/tag", ["MutatingWebhookConfiguration"], "Revision tag of an injector webhook; internal.", { status: A2 }),
  l("istio.io/use-waypoint", WAYPOINT_USERS, "Name of the waypoint this resource uses.", { status: "Stable" }),
  l("istio.io/use-waypoint-canary", SVC_LIKE, "Name of a canary waypoint for the service.", { status: A2 }),
  l("istio.io/use-waypoint-canary-namespace", SVC_LIKE, "Namespace of the canary waypoint.", { status: A2 }),
  l("istio.io/use-waypoint-namespace", WAYPOINT_USERS, "Namespace of the waypoint named by istio.io/use-waypoint.", { status: "Beta" }),
  l("istio.io/waypoint-for", ["GatewayClass", "Gateway"], "Traffic a waypoint handles: service, workload, all or none.", { status: "Stable", validate: oneOf("service", "workload", "all", "none") }),
  l("networking.istio.io/enable-autoallocate-ip", ["ServiceEntry"], "Auto-allocate an IP for a ServiceEntry without addresses.", { status: "Beta", validate: oneOf("true", "false") }),
  l("networking.istio.io/gatewayPort", ["Service"], "Port of a multi-network gateway (default 15443).", { status: A2 }),
  l("networking.istio.io/tunnel", ["Pod"], 'Tunnel protocol the workload accepts (the injection template writes "http" when unset).', { origin: "istio/istio" }),
  l("operator.istio.io/component", ["Any"], "Istio operator component of the resource.", { status: A2, hidden: true }),
  l("operator.istio.io/managed", ["Any"], "Reconcile when the Istio operator reconciles the resource.", { status: A2, hidden: true }),
  l("operator.istio.io/version", ["Any"], "Istio operator version that installed the resource.", { status: A2, hidden: true }),
  l("security.istio.io/tlsMode", ["Pod"], "TLS mode of the sidecar (istio or disabled); set by the injector.", { status: A2, deprecated: {}, hidden: true, validate: oneOf("istio", "disabled") }),
  l("service.istio.io/canonical-name", ["Pod"], "Canonical service the workload belongs to.", { status: A2 }),
  l("service.istio.io/canonical-revision", ["Pod"], "Revision of the canonical service the workload belongs to.", { status: A2 }),
  l("service.istio.io/workload-name", ["Pod", "WorkloadEntry"], "Workload name of the application (defaults to the owner, e.g. the Deployment).", { status: A2 }),
  l("sidecar.istio.io/inject", ["Pod"], "Whether the sidecar is injected into the pod.", { status: "Beta" }),
  l("topology.istio.io/cluster", ["Pod"], "Cluster of the workload; set internally by Istio.", { status: A2 }),
  l("topology.istio.io/locality", ["Pod"], "Locality region.zone.subzone overriding the registry.", { status: A2 }),
  l("topology.istio.io/network", ["Namespace", "Pod", "Service"], "Network the pods belong to (multi-network meshes).", { status: "Beta" }),
  l("topology.istio.io/subzone", ["Node"], "Locality subzone of a node.", { status: "Beta" })
];

// src/istio/annotations/registry.ts
var REGISTRY = [...ANNOTATIONS, ...LABELS].sort(
  (x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0
);
var annotationsByName = new Map(ANNOTATIONS.map((e) => [e.name, e]));
var labelsByName = new Map(LABELS.map((e) => [e.name, e]));
function lookupAnnotation(name) {
  return annotationsByName.get(name);
}
function lookupLabel(name) {
  return labelsByName.get(name);
}
function injectorValidatedAnnotations() {
  return ANNOTATIONS.filter((e) => e.injectorValidated);
}
function isIstioKey(name) {
  if (name === "kubernetes.io/ingress.class") return true;
  const prefix = name.split("/")[0] ?? "";
  return prefix.endsWith("istio.io") || prefix === "kube-inject.io";
}

// src/istio/annotations/validate.ts
var INJECTOR_VALIDATED = injectorValidatedAnnotations();
function validatePodAnnotations(annotations) {
  const problems = [];
  for (const info of INJECTOR_VALIDATED) {
    if (!Object.hasOwn(annotations, info.name)) continue;
    const value = annotations[info.name];
    const reason = info.validate?.(String(value));
    if (reason) problems.push({ annotation: info.name, value, message: problemMessage(info.name, value, reason) });
  }
  return problems;
}
function validateAnnotationValue(name, value) {
  return lookupAnnotation(name)?.validate?.(value) ?? null;
}
function problemMessage(name, value, reason) {
  return `invalid value ${JSON.stringify(value)} for annotation ${name}: ${reason}`;
}

// src/istio/annotations/suggest.ts
function suggestAnnotation(unknownName) {
  let best;
  let bestScore = Infinity;
  for (const e of REGISTRY) {
    if (e.kind !== "annotation" || e.name === unknownName) continue;
    const score = e.name.toLowerCase() === unknownName.toLowerCase() ? 0.5 : editDistance(unknownName.toLowerCase(), e.name.toLowerCase());
    if (score < bestScore) {
      best = e.name;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(unknownName.length / 3));
  return bestScore <= limit ? best : void 0;
}
function editDistance(a2, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a2.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a2[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/istio/annotations/structured.ts
var JSON_ANNOTATIONS = [
  OVERRIDES_ANNOTATION,
  STATUS_ANNOTATION,
  "sidecar.istio.io/userVolume",
  "sidecar.istio.io/userVolumeMount",
  "sidecar.istio.io/statsHistogramBuckets",
  "apm.datadoghq.com/env",
  "k8s.v1.cni.cncf.io/networks"
];
function structuredValueError(name, value) {
  if (!JSON_ANNOTATIONS.includes(name)) return null;
  return jsonDepthError(value, MAX_NESTING_DEPTH);
}
function nestingProblems(annotations) {
  const problems = [];
  for (const name of JSON_ANNOTATIONS) {
    if (!Object.hasOwn(annotations, name)) continue;
    const value = annotations[name];
    const reason = structuredValueError(name, value);
    if (reason) problems.push({ annotation: name, value, message: `annotation ${name}: ${reason}` });
  }
  return problems;
}

export {
  IGNORED_NAMESPACES,
  compilePolicy,
  skipReason,
  unknownProxyConfigFields,
  parseQuantity,
  lookupAnnotation,
  lookupLabel,
  isIstioKey,
  validatePodAnnotations,
  validateAnnotationValue,
  suggestAnnotation,
  editDistance,
  structuredValueError,
  nestingProblems
};
