import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/model/errors.ts
var KubeInjectError = class extends Error {
  code;
  position;
  constructor(code, message, position = {}, options) {
    super(message, options);
    this.name = "KubeInjectError";
    this.code = code;
    this.position = position;
  }
  /** Fill in position fields that are still unknown (an outer layer knows the file, say). */
  locate(position) {
    this.position = { ...position, ...definedOnly(this.position) };
    return this;
  }
};
function definedOnly(p) {
  const out = {};
  for (const [k, v] of Object.entries(p)) if (v !== void 0) out[k] = v;
  return out;
}

// src/model/values.ts
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function setOwn(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
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
    setOwn(out, k, typeof val === "string" ? val : String(val));
  }
  return out;
}

// src/model/pointer.ts
function escapeToken(token) {
  return String(token).replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function joinPointer(base, ...tokens) {
  let out = base;
  for (const t of tokens) out += "/" + escapeToken(t);
  return out;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split("/").map(unescapeToken);
}
function getAt(value, pointer) {
  let cur = value;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (cur !== null && typeof cur === "object") cur = Object.hasOwn(cur, token) ? cur[token] : void 0;
    else return void 0;
  }
  return cur;
}
function setAt(root, pointer, replacement) {
  const tokens = splitPointer(pointer);
  const go = (node, i) => {
    if (i === tokens.length) return replacement;
    const token = tokens[i];
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[Number(token)] = go(node[Number(token)], i + 1);
      return copy;
    }
    const obj = node !== null && typeof node === "object" ? node : {};
    return { ...obj, [token]: go(obj[token], i + 1) };
  };
  return go(root, 0);
}

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
var PROXY_OUTBOUND_PORT = 15001;
var PROXY_INBOUND_PORT = 15006;
var HBONE_PORT = 15008;
var DNS_PROXY_PORT = 15053;
var HEALTH_PORT = 15021;
var ENVOY_PROMETHEUS_PORT = 15090;
var DEFAULT_STATUS_PORT = 15020;
var RESERVED_PORTS = /* @__PURE__ */ new Map([
  [15e3, "Envoy admin"],
  [PROXY_OUTBOUND_PORT, "Envoy outbound capture"],
  [15004, "istio-agent debug"],
  [PROXY_INBOUND_PORT, "Envoy inbound capture"],
  [HBONE_PORT, "HBONE tunnel"],
  [DEFAULT_STATUS_PORT, "merged Prometheus telemetry"],
  [HEALTH_PORT, "health checks"],
  [DNS_PROXY_PORT, "DNS proxy"],
  [ENVOY_PROMETHEUS_PORT, "Envoy Prometheus telemetry"]
]);

// src/istio/annotations/go-parse.ts
var GO_BOOLS = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);
function goParseBool(s) {
  if (!GO_BOOLS.has(s)) return null;
  return ["1", "t", "T", "TRUE", "true", "True"].includes(s);
}
function goParseBoolError(s) {
  return goParseBool(s) === null ? `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` : null;
}
function goParseUintError(s, bits) {
  if (!/^[0-9]+$/.test(s)) return `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax`;
  if (BigInt(s) > (1n << BigInt(bits)) - 1n) return `strconv.ParseUint: parsing ${goQuote(s)}: value out of range`;
  return null;
}
var UNIT_NS = {
  ns: 1,
  us: 1e3,
  "\xB5s": 1e3,
  // U+00B5
  "\u03BCs": 1e3,
  // U+03BC
  ms: 1e6,
  s: 1e9,
  m: 6e10,
  h: 36e11
};
var MAX_DURATION_NS = 9223372036854776e3;
function goParseDuration(s) {
  const bad = { error: `time: invalid duration ${goQuote(s)}` };
  let rest = s;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    if (rest[0] === "-") sign = -1;
    rest = rest.slice(1);
  }
  if (rest === "0") return { ns: 0 };
  if (rest === "") return bad;
  let total = 0;
  const part = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  while (rest !== "") {
    const m = part.exec(rest);
    if (!m) return bad;
    const [whole, int = "", frac, unit = ""] = m;
    if (int === "" && (frac === void 0 || frac === "")) return bad;
    if (unit === "") return { error: `time: missing unit in duration ${goQuote(s)}` };
    const scale = UNIT_NS[unit];
    if (scale === void 0) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}` };
    total += Number(`${int || "0"}.${frac || "0"}`) * scale;
    if (total > MAX_DURATION_NS) return bad;
    rest = rest.slice(whole.length);
  }
  return { ns: sign * total };
}
function isGoSpace(c) {
  if (c <= 255) return c === 32 || c >= 9 && c <= 13 || c === 133 || c === 160;
  return c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function goTrimSpace(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
function goQuote(s) {
  return JSON.stringify(s);
}

export {
  KubeInjectError,
  isMap,
  setOwn,
  asMap,
  str,
  stringMap,
  escapeToken,
  joinPointer,
  splitPointer,
  getAt,
  setAt,
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
  PROXY_ENV,
  PROXY_OUTBOUND_PORT,
  PROXY_INBOUND_PORT,
  HBONE_PORT,
  DNS_PROXY_PORT,
  DEFAULT_STATUS_PORT,
  RESERVED_PORTS,
  goParseBool,
  goParseBoolError,
  goParseUintError,
  goParseDuration,
  goTrimSpace,
  goQuote
};
