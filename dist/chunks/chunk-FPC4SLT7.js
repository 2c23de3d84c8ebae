import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  compileSelector,
  selectorMatches
} from "./chunk-GXKLT2VF.js";
import {
  isMap
} from "./chunk-66ALYMBE.js";

// src/lint/selector.ts
function labelValue(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function labelMap(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, raw] of Object.entries(v)) {
    const s = labelValue(raw);
    if (s !== void 0) out[k] = s;
  }
  return out;
}
function compileSelector2(raw) {
  if (!isMap(raw)) return null;
  const structured = isMap(raw.matchLabels) || Array.isArray(raw.matchExpressions);
  const labels = structured ? raw.matchLabels : raw;
  const matchLabels = {};
  if (isMap(labels)) {
    for (const [key, v] of Object.entries(labels)) {
      const value = labelValue(v);
      if (value === void 0) return null;
      matchLabels[key] = value;
    }
  }
  const expressions = structured && Array.isArray(raw.matchExpressions) ? raw.matchExpressions : [];
  if (expressions.some((e) => !isMap(e) || Array.isArray(e.values) && e.values.some((v) => labelValue(v) === void 0))) return null;
  const matchExpressions = expressions.map((e) => ({
    key: String(e.key ?? ""),
    operator: String(e.operator ?? ""),
    values: Array.isArray(e.values) ? e.values.map((v) => labelValue(v)) : []
  }));
  const compiled = compileSelector({ matchLabels, matchExpressions });
  return compiled.requirements === null ? null : compiled;
}
function selects(selector, labels) {
  return selector !== null && selectorMatches(selector, labels);
}

// src/lint/protocol.ts
var MESH_PROTOCOLS = [
  "HTTP",
  "HTTP2",
  "HTTPS",
  "GRPC",
  "GRPC-Web",
  "HTTP_PROXY",
  "Mongo",
  "MySQL",
  "Redis",
  "TCP",
  "TLS",
  "UDP"
];
var BY_NAME = new Map(MESH_PROTOCOLS.map((p) => [p.toLowerCase(), p]));
var KUBERNETES_APP_PROTOCOLS = /* @__PURE__ */ new Map([
  ["kubernetes.io/h2c", "HTTP2"],
  ["kubernetes.io/ws", "HTTP"],
  ["kubernetes.io/wss", "HTTPS"]
]);
var WELL_KNOWN_TCP_PORTS = /* @__PURE__ */ new Set([25, 53, 3306, 27017]);
function resolvePortProtocol(p) {
  if (p.protocol?.toUpperCase() === "UDP") return { protocol: "UDP", by: "protocol" };
  const by = p.appProtocol !== void 0 ? "appProtocol" : "name";
  const name = (p.appProtocol ?? p.name ?? "").toLowerCase();
  if (by === "appProtocol" && KUBERNETES_APP_PROTOCOLS.has(name)) return { protocol: KUBERNETES_APP_PROTOCOLS.get(name), by };
  const prefix = name.startsWith("grpc-web") ? "grpc-web" : name.split("-")[0];
  const known = BY_NAME.get(prefix);
  if (known) return { protocol: known, by };
  if (p.port !== void 0 && WELL_KNOWN_TCP_PORTS.has(p.port)) return { protocol: "TCP", by: "well-known port" };
  return { protocol: null, by: "none" };
}
function protocolLabel(r) {
  return r.protocol ?? "auto-detected (TCP)";
}

export {
  labelValue,
  labelMap,
  compileSelector2 as compileSelector,
  selects,
  resolvePortProtocol,
  protocolLabel
};
