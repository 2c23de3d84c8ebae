import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  RULES,
  buildIndex,
  findSuppression,
  isMap
} from "./chunk-S67S6PVX.js";

// src/lint/runner.ts
var ALL_META = RULES.map((r) => r.meta);
function lintDocuments(docs, config = DEFAULT_CONFIG, options = {}) {
  const index = buildIndex(docs);
  const settings = { expectInjected: options.expectInjected ?? false, nativeSidecars: options.nativeSidecars ?? false };
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
    stats: { documents: docs.length, objects: index.objects.length, workloads: index.workloads.length }
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
  const pos = r.doc.locate(r.pointer, r.at ?? "key");
  const istioCode = r.istioCode ?? meta.istioCode;
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
    resourceLabel: resourceLabel(resource.kind, resource.namespace, resource.name)
  };
}
function resourceLabel(kind, namespace, name) {
  return `${kind || "object"} ${namespace ? `${namespace}/` : ""}${name || "<unnamed>"}`;
}

export {
  lintDocuments
};
