import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  RULES,
  findSuppression
} from "./chunk-MR5K7NCO.js";
import {
  compileSelector,
  labelMap,
  resolvePortProtocol,
  selects
} from "./chunk-FPC4SLT7.js";
import {
  splitStream
} from "./chunk-7DD2NUNG.js";
import {
  describeObject,
  fieldPosition,
  locateWorkloads,
  objectsOf,
  positionIn
} from "./chunk-GXKLT2VF.js";
import {
  MESH_DEFAULTS
} from "./chunk-MRUMKARZ.js";
import {
  KubeInjectError,
  getAt,
  isMap,
  joinPointer,
  str
} from "./chunk-66ALYMBE.js";

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
  lintDocuments
};
