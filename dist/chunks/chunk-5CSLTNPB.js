import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  RULES,
  compileSelector,
  findSuppression,
  labelMap,
  resolvePortProtocol,
  selects
} from "./chunk-USZ42ING.js";
import {
  splitStream
} from "./chunk-PWQIWG3F.js";
import {
  describeObject,
  fieldPosition,
  locateWorkloads,
  objectsOf,
  positionIn
} from "./chunk-CDBX4UJP.js";
import {
  DUMP_SCHEMA,
  MESH_DEFAULTS,
  dump,
  getAt,
  isMap,
  joinPointer,
  str
} from "./chunk-4R463EOA.js";
import {
  KubeInjectError
} from "./chunk-ZV2WLJBK.js";

// src/emit/fast-yaml.ts
var INDENT = 2;
var STR_TAG = "tag:yaml.org,2002:str";
var SIMPLE = /^[A-Za-z0-9_/][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*$/;
var CACHE_LIMIT = 8192;
var Unsupported = class extends Error {
};
function unsupported() {
  throw new Unsupported();
}
function hasPlainPrototype(v) {
  const p = Object.getPrototypeOf(v);
  return p === null || p === Object.prototype;
}
var valueCache = /* @__PURE__ */ new Map();
var keyCache = /* @__PURE__ */ new Map();
var blockCache = /* @__PURE__ */ new Map();
function remember(m, k, v) {
  if (m.size >= CACHE_LIMIT) m.clear();
  m.set(k, v);
  return v;
}
function dumpedScalar(value, level) {
  let v = value;
  for (let i = 0; i < level; i++) v = { k: v };
  const out = dump(v, { lineWidth: -1, noRefs: true });
  let prefix = "";
  for (let i = 0; i < level; i++) prefix += `${i === 0 ? "" : "\n"}${" ".repeat(INDENT * i)}k:`;
  if (!out.startsWith(prefix + " ")) unsupported();
  let body = out.slice(prefix.length + 1);
  if (body.endsWith("\n...\n")) body = body.slice(0, -5);
  else if (body.endsWith("\n")) body = body.slice(0, -1);
  else unsupported();
  return body;
}
function simpleText(s) {
  return DUMP_SCHEMA.resolveImplicitScalarTag(s).tag.tagName === STR_TAG ? s : `'${s}'`;
}
function scalarText(value, level) {
  if (typeof value === "string" && value.includes("\n")) {
    const key2 = `${level}\0${value}`;
    return blockCache.get(key2) ?? remember(blockCache, key2, dumpedScalar(value, level));
  }
  if (Object.is(value, -0)) return dumpedScalar(value, 1);
  const cached = valueCache.get(value);
  if (cached !== void 0) return cached;
  const text = typeof value === "string" && SIMPLE.test(value) ? simpleText(value) : dumpedScalar(value, 1);
  return remember(valueCache, value, text);
}
function keyText(key2) {
  const cached = keyCache.get(key2);
  if (cached !== void 0) return cached;
  if (key2.length > 1e3 || key2.includes("\n")) unsupported();
  let text;
  if (SIMPLE.test(key2)) text = simpleText(key2);
  else {
    const out = dump({ [key2]: null }, { lineWidth: -1, noRefs: true });
    if (!out.endsWith(": null\n") || out.startsWith("?")) unsupported();
    text = out.slice(0, -": null\n".length);
    if (text.includes("\n")) unsupported();
  }
  return remember(keyCache, key2, text);
}
var Writer = class {
  constructor(seqNoIndent) {
    this.seqNoIndent = seqNoIndent;
  }
  seqNoIndent;
  /** As js-yaml's presenter tracks it: whether the last scalar written leaves the document open (`...`). */
  openEnded = false;
  /** js-yaml's writeNode for a block context. */
  node(v, level, compact, inBlockSeq) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      const text = scalarText(v, level);
      const c = text.charCodeAt(0);
      this.openEnded = (c === 124 || c === 62) && typeof v === "string" && (v === "\n" || v.endsWith("\n\n"));
      return text;
    }
    if (typeof v !== "object") unsupported();
    if (Array.isArray(v)) {
      if (v.length === 0) {
        this.openEnded = false;
        return "[]";
      }
      return this.seqNoIndent && !inBlockSeq && level > 0 ? this.sequence(v, level - 1, compact) : this.sequence(v, level, compact);
    }
    if (!hasPlainPrototype(v)) unsupported();
    const obj = v;
    const keys = Object.keys(obj).filter((k) => obj[k] !== void 0);
    if (keys.length === 0) {
      this.openEnded = false;
      return "{}";
    }
    return this.mapping(obj, keys, level, compact);
  }
  sequence(items, level, compact) {
    let out = "";
    const pad = `
${" ".repeat(INDENT * level)}`;
    for (let i = 0; i < items.length; i++) {
      const item = this.node(items[i] === void 0 ? null : items[i], level + 1, true, true);
      if (!compact || out !== "") out += pad;
      out += item === "" || item.charCodeAt(0) === 10 ? "-" : "- ";
      out += item;
    }
    return out;
  }
  mapping(obj, keys, level, compact) {
    let out = "";
    const pad = `
${" ".repeat(INDENT * level)}`;
    for (const k of keys) {
      if (!compact || out !== "") out += pad;
      out += keyText(k);
      this.openEnded = false;
      const value = this.node(obj[k], level + 1, false, false);
      out += value === "" || value.charCodeAt(0) === 10 ? ":" : ": ";
      out += value;
    }
    return out;
  }
};
function dumpYamlDetailed(value, seqNoIndent) {
  const collection = value !== null && typeof value === "object" && (Array.isArray(value) ? value.length > 0 : hasPlainPrototype(value) && Object.values(value).some((x) => x !== void 0));
  if (collection) {
    try {
      const w = new Writer(seqNoIndent);
      const body = w.node(value, 0, true, false);
      return { text: `${body}
${w.openEnded ? "...\n" : ""}`, fast: true };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  return { text: dump(value, { lineWidth: -1, noRefs: true, seqNoIndent }), fast: false };
}
function dumpYaml(value, seqNoIndent) {
  return dumpYamlDetailed(value, seqNoIndent).text;
}

// src/emit/manifests.ts
function writeStream(docs) {
  const parts = [];
  let previous = "";
  for (const item of docs) {
    let text = "value" in item ? renderChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
    if (parts.length > 0) {
      if (!previous.endsWith("\n")) parts.push(item.doc.eol);
      if (!startsWithMarker(text)) text = `---${item.doc.eol}${text}`;
    }
    parts.push(text);
    previous = text;
  }
  const out = parts.join("");
  return out === "" || out.endsWith("\n") ? out : out + "\n";
}
function startsWithMarker(text) {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}
function renderChanged(doc, value) {
  let prefix = doc.source.text.slice(doc.start, doc.contentStart);
  if (prefix !== "" && !prefix.endsWith("\n")) prefix = prefix.replace(/[ \t]+$/, "") + doc.eol;
  const text = doc.source.text.slice(doc.contentStart, doc.end);
  const body = doc.format === "json" ? JSON.stringify(value, null, 2) + "\n" : toYaml(value, { seqNoIndent: sequenceIndent(text) === "zero" });
  return prefix + (doc.eol === "\n" ? body : body.replace(/\n/g, doc.eol));
}
function sequenceIndent(text) {
  let zero = false;
  let keyIndent = -1;
  for (const line of text.split(/\r\n?|\n/)) {
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (keyIndent >= 0 && line.startsWith("- ", indent)) {
      if (indent > keyIndent) return "indented";
      if (indent === keyIndent) zero = true;
    }
    const first = line.charAt(indent);
    keyIndent = first !== "" && !/[\s#-]/.test(first) && /:[ \t]*$/.test(line.slice(indent + 1)) ? indent : -1;
  }
  return zero ? "zero" : "none";
}
function toYaml(value, options = {}) {
  const opts = { lineWidth: -1, noRefs: true, seqNoIndent: options.seqNoIndent ?? false };
  try {
    return dumpYaml(value, opts.seqNoIndent);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const long = /* @__PURE__ */ new Map();
    const token = (s) => {
      const t = `kube-inject-long-string-${long.size}-${Math.random().toString(36).slice(2)}`;
      long.set(t, quoteDouble(s));
      return t;
    };
    const text = dump(replaceLongStrings(value, token), opts);
    return text.replace(/kube-inject-long-string-\d+-[a-z0-9]+/g, (t) => long.get(t) ?? t);
  }
}
var LONG_STRING = 64 * 1024;
function replaceLongStrings(v, token) {
  if (typeof v === "string") return v.length > LONG_STRING ? token(v) : v;
  if (Array.isArray(v)) return v.map((x) => replaceLongStrings(x, token));
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(out, k.length > LONG_STRING ? token(k) : k, { value: replaceLongStrings(x, token), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}
function quoteDouble(s) {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/lint/service-lookup.ts
var ServiceLookup = class {
  constructor(services, counters) {
    this.counters = counters;
    const frequency = /* @__PURE__ */ new Map();
    for (const s of services) {
      for (const r of s.selector?.requirements ?? []) {
        if (r.op !== "In") continue;
        const byKey = getOrSet(getOrSet(frequency, s.namespace, () => /* @__PURE__ */ new Map()), r.key, () => /* @__PURE__ */ new Map());
        for (const v of r.values) byKey.set(v, (byKey.get(v) ?? 0) + 1);
      }
    }
    services.forEach((service, order) => {
      const reqs = service.selector?.requirements;
      if (!reqs) return;
      const ns = getOrSet(this.namespaces, service.namespace, () => ({ byLabel: /* @__PURE__ */ new Map(), always: [] }));
      let best;
      for (const r of reqs) {
        if (r.op !== "In") continue;
        const byKey = frequency.get(service.namespace).get(r.key);
        let cost = 0;
        for (const v of r.values) cost += byKey.get(v);
        if (!best || cost < best.cost) best = { key: r.key, values: r.values, cost };
      }
      const filed = { service, order };
      if (!best) {
        ns.always.push(filed);
        return;
      }
      const byValue = getOrSet(ns.byLabel, best.key, () => /* @__PURE__ */ new Map());
      for (const v of new Set(best.values)) getOrSet(byValue, v, () => []).push(filed);
    });
  }
  counters;
  namespaces = /* @__PURE__ */ new Map();
  /** The Services of `namespace` that select a pod with these labels, in input order. */
  /**
   * The Services selecting pods with `labels` in `namespace`, in input order. Pods with the same
   * labels share one answer (the same array): 2,000 pods under 2,000 Services of one selector are
   * 2,000 lookups and one list, not four million entries.
   */
  selecting(namespace, labels) {
    const key2 = JSON.stringify([namespace, Object.keys(labels).sort().map((k) => [k, labels[k]])]);
    let answer = this.answers.get(key2);
    if (answer === void 0) this.answers.set(key2, answer = this.select(namespace, labels));
    return answer;
  }
  answers = /* @__PURE__ */ new Map();
  select(namespace, labels) {
    const ns = this.namespaces.get(namespace);
    if (!ns) return [];
    let candidates = ns.always;
    let sorted = true;
    for (const key2 of Object.keys(labels)) {
      const bucket = ns.byLabel.get(key2)?.get(labels[key2]);
      if (!bucket) continue;
      if (candidates.length === 0) candidates = bucket;
      else {
        candidates = candidates.concat(bucket);
        sorted = false;
      }
    }
    if (!sorted) candidates = candidates.slice().sort((a, b) => a.order - b.order);
    const out = [];
    for (const c of candidates) {
      if (this.counters) this.counters.selectorChecks++;
      if (selects(c.service.selector, labels)) out.push(c.service);
    }
    return out;
  }
};
function getOrSet(m, k, make) {
  let v = m.get(k);
  if (v === void 0) m.set(k, v = make());
  return v;
}

// src/lint/mesh-index.ts
var DEFAULT_NAMESPACE = "default";
function indexObject(doc, located) {
  const meta = isMap(located.object.metadata) ? located.object.metadata : {};
  return {
    doc,
    located,
    kind: located.kind,
    name: str(meta.name),
    namespace: str(meta.namespace) || DEFAULT_NAMESPACE,
    labels: labelMap(meta.labels),
    annotations: isMap(meta.annotations) ? meta.annotations : {}
  };
}
function indexService(base) {
  const spec = isMap(base.located.object.spec) ? base.located.object.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  return {
    ...base,
    selector: compileSelector(spec.selector),
    type: str(spec.type),
    ports: ports.flatMap((p, i) => {
      if (!isMap(p)) return [];
      const port = typeof p.port === "number" ? p.port : void 0;
      const name = typeof p.name === "string" && p.name !== "" ? p.name : void 0;
      const appProtocol = typeof p.appProtocol === "string" && p.appProtocol !== "" ? p.appProtocol : void 0;
      const written = p.targetPort === void 0 || p.targetPort === null || p.targetPort === 0 ? "" : String(p.targetPort);
      return [
        {
          pointer: joinPointer(base.located.pointer, "spec", "ports", i),
          name,
          port,
          targetPort: written || String(port ?? ""),
          appProtocol,
          k8sProtocol: str(p.protocol) || "TCP",
          protocol: resolvePortProtocol({ name, port, appProtocol, protocol: str(p.protocol) || void 0 })
        }
      ];
    })
  };
}
function buildIndex(docs, context = [], counters) {
  const objects = [];
  const services = [];
  const pending = [];
  const errors = [];
  const namespaces = /* @__PURE__ */ new Map();
  const isContext = new Set(context);
  for (const doc of [...context, ...docs]) {
    let workloads2 = [];
    try {
      workloads2 = locateWorkloads(doc.value, { partial: true });
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      if (!isContext.has(doc)) errors.push(positionIn(doc, e, ""));
    }
    const byPointer = new Map(workloads2.map((w) => [w.pointer, w]));
    let objectsHere;
    try {
      objectsHere = objectsOf(doc.value);
    } catch {
      continue;
    }
    for (const located of objectsHere) {
      const base = indexObject(doc, located);
      objects.push(base);
      if (located.kind === "Service") services.push(indexService(base));
      if (located.kind === "Namespace" && base.name !== "" && !namespaces.has(base.name)) namespaces.set(base.name, base);
      const w = byPointer.get(located.pointer);
      if (w) pending.push({ base, workload: w });
    }
  }
  const lookup = new ServiceLookup(services, counters);
  const workloads = pending.map(({ base, workload }) => {
    const found = getAt(base.doc.value, workload.podTemplatePointer);
    const template = isMap(found) ? found : {};
    const meta = isMap(template.metadata) ? template.metadata : {};
    const podLabels = labelMap(meta.labels);
    return {
      ...base,
      workload,
      templatePointer: workload.podTemplatePointer,
      podLabels,
      podAnnotations: isMap(meta.annotations) ? meta.annotations : {},
      podSpec: isMap(template.spec) ? template.spec : {},
      services: lookup.selecting(base.namespace, podLabels)
    };
  });
  return { objects, services, workloads, namespaces, errors };
}

// src/lint/istio-defaults.ts
var ISTIO_DEFAULTS_SOURCE = "<istioctl analyze defaults>";
var defaults = (service) => `apiVersion: v1
kind: Pod
metadata:
  name: ${service}-dummypod
  namespace: istio-system
  labels:
    istio: ingressgateway
spec:
  containers:
  - name: istio-proxy
---
apiVersion: v1
kind: Service
metadata:
  name: ${service}
  namespace: istio-system
spec:
  selector:
    istio: ingressgateway
  ports:
  - {name: http2, port: 80, protocol: TCP, targetPort: 80}
  - {name: https, port: 443, protocol: TCP, targetPort: 443}
  - {name: tcp, port: 31400, protocol: TCP, targetPort: 31400}
  - {name: tls, port: 15443, protocol: TCP, targetPort: 15443}
`;
function key(value) {
  const o = isMap(value) ? value : {};
  const m = isMap(o.metadata) ? o.metadata : {};
  return JSON.stringify([str(o.kind), str(m.namespace) || DEFAULT_NAMESPACE, str(m.name)]);
}
function istioAnalyzeDefaults(docs, service = "istio-ingressgateway") {
  const present = new Set(docs.map((d) => key(d.value)));
  return splitStream({ name: ISTIO_DEFAULTS_SOURCE, text: defaults(service) }).filter((d) => !present.has(key(d.value)));
}

// src/istio/proxy-metadata.ts
var DNS_CAPTURE = "ISTIO_META_DNS_CAPTURE";
var DNS_AUTO_ALLOCATE = "ISTIO_META_DNS_AUTO_ALLOCATE";
var PILOT_IP_AUTOALLOCATE = "PILOT_ENABLE_IP_AUTOALLOCATE";

// src/lint/mesh-facts.ts
function meshFacts(mesh = {}) {
  const m = { ...MESH_DEFAULTS, ...mesh };
  const metadata = isMap(m.defaultConfig) && isMap(m.defaultConfig.proxyMetadata) ? m.defaultConfig.proxyMetadata : {};
  const providers = isMap(m.defaultProviders) ? m.defaultProviders : {};
  return {
    rootNamespace: str(m.rootNamespace) || "istio-system",
    allocatesAddresses: metadata[DNS_CAPTURE] === "true" && (metadata[DNS_AUTO_ALLOCATE] === "true" || metadata[PILOT_IP_AUTOALLOCATE] === "true"),
    defaultAccessLogProviders: Array.isArray(providers.accessLogging) && providers.accessLogging.length > 0,
    ingressService: str(m.ingressControllerMode) === "OFF" ? null : str(m.ingressService) || "istio-ingressgateway"
  };
}
var DEFAULT_MESH_FACTS = meshFacts();

// src/lint/runner.ts
var ALL_META = RULES.map((r) => r.meta);
function lintDocuments(docs, config = DEFAULT_CONFIG, options = {}) {
  const inputs = new Set(docs);
  const given = (options.context ?? []).filter((d) => !inputs.has(d));
  const mesh = options.meshConfig ? meshFacts(options.meshConfig) : DEFAULT_MESH_FACTS;
  const defaults2 = options.istioDefaults === false || mesh.ingressService === null ? [] : istioAnalyzeDefaults([...docs, ...given], mesh.ingressService);
  const context = /* @__PURE__ */ new Set([...defaults2, ...given]);
  const index = buildIndex(docs, [...context]);
  const settings = { expectInjected: options.expectInjected ?? false, nativeSidecars: options.nativeSidecars ?? false, mesh };
  const workloadAt = /* @__PURE__ */ new Map();
  for (const w of index.workloads) {
    let m = workloadAt.get(w.doc);
    if (!m) workloadAt.set(w.doc, m = /* @__PURE__ */ new Map());
    m.set(w.located.pointer, w);
  }
  const all = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting?.severity === "off") continue;
    const override = setting?.severity;
    rule.check({
      documents: docs,
      index,
      options: setting?.options ?? {},
      settings,
      allRules: ALL_META,
      report: (r) => {
        if (context.has(r.doc)) return;
        const finding = toFinding(rule.meta, r, override);
        const meta = isMap(r.object.object.metadata) ? r.object.object.metadata : {};
        const maps = [isMap(meta.annotations) ? meta.annotations : {}];
        const w = workloadAt.get(r.doc)?.get(r.object.pointer);
        if (w && w.templatePointer !== w.located.pointer) maps.push(w.podAnnotations);
        const suppressed = findSuppression(maps, finding.ruleId, finding.istioCode);
        all.push(suppressed ? { ...finding, suppressed } : finding);
      }
    });
  }
  const fileOrder = /* @__PURE__ */ new Map();
  for (const d of docs) if (!fileOrder.has(d.source.name)) fileOrder.set(d.source.name, fileOrder.size);
  all.sort(
    (a, b) => fileOrder.get(a.document.file) - fileOrder.get(b.document.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
  return {
    findings: all.filter((f) => !f.suppressed),
    suppressed: all.filter((f) => f.suppressed),
    errors: [...index.errors],
    stats: {
      documents: docs.length,
      objects: index.objects.filter((o) => !context.has(o.doc)).length,
      workloads: index.workloads.filter((w) => !context.has(w.doc)).length
    }
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toFinding(meta, r, override) {
  const o = r.object.object;
  const m = isMap(o.metadata) ? o.metadata : {};
  const resource = {
    apiVersion: typeof o.apiVersion === "string" ? o.apiVersion : "",
    kind: r.object.kind,
    namespace: typeof m.namespace === "string" ? m.namespace : "",
    name: typeof m.name === "string" ? m.name : ""
  };
  const pos = fieldPosition(r.doc, r.pointer, r.at);
  const istioCode = r.istioCode === null ? void 0 : r.istioCode ?? meta.istioCode;
  return {
    ruleId: meta.id,
    severity: override ?? r.severity ?? meta.severity,
    ...istioCode ? { istioCode } : {},
    message: r.message,
    document: { file: r.doc.source.name, index: r.doc.index, startLine: r.doc.startLine },
    pointer: r.pointer,
    line: pos.line,
    column: pos.column,
    resource,
    resourceLabel: describeObject(resource.kind, resource.namespace, resource.name)
  };
}

export {
  writeStream,
  lintDocuments
};
