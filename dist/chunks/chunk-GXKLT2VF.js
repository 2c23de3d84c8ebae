import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  KubeInjectError,
  getAt,
  isMap,
  joinPointer,
  str
} from "./chunk-66ALYMBE.js";

// src/model/document.ts
function fieldPosition(doc, pointer, at = "key") {
  return doc.locate(pointer, at);
}
function describeObject(kind, namespace, name) {
  const ns = namespace ? `${namespace}/` : "";
  return `${kind || "object"} "${ns}${name ?? "<unnamed>"}"`;
}
function positionIn(doc, e, base, resource) {
  const pointer = base + (e.position.pointer ?? "");
  const at = e.position.line === void 0 ? fieldPosition(doc, pointer, e.position.at) : {};
  e.position = { ...e.position, file: doc.source.name, document: doc.index, pointer, resource: e.position.resource ?? resource, ...at };
  return e;
}

// src/locate/workloads.ts
var POD_TEMPLATE_PATHS = {
  Pod: "",
  Deployment: "/spec/template",
  StatefulSet: "/spec/template",
  DaemonSet: "/spec/template",
  ReplicaSet: "/spec/template",
  ReplicationController: "/spec/template",
  Job: "/spec/template",
  CronJob: "/spec/jobTemplate/spec/template",
  // OpenShift's DeploymentConfig, which Istio's injector also handles.
  DeploymentConfig: "/spec/template"
};
function objectsOf(value) {
  if (!isMap(value)) return [];
  const kind = str(value.kind);
  if (kind === "List" || kind.endsWith("List") && Array.isArray(value.items)) {
    if (value.items !== void 0 && value.items !== null && !Array.isArray(value.items)) {
      throw new KubeInjectError("workload", `${kind}: items must be a list of objects`, { pointer: "/items", at: "value" });
    }
    const items = Array.isArray(value.items) ? value.items : [];
    return items.flatMap((item, i) => objectsOf(item).map((o) => ({ ...o, pointer: joinPointer("", "items", i) + o.pointer })));
  }
  return [{ pointer: "", object: value, kind }];
}
function locateWorkloads(value, o = {}) {
  const out = [];
  for (const { pointer, object, kind } of objectsOf(value)) {
    if (!Object.hasOwn(POD_TEMPLATE_PATHS, kind)) continue;
    const path = POD_TEMPLATE_PATHS[kind];
    const meta = isMap(object.metadata) ? object.metadata : {};
    const label = describeObject(kind, str(meta.namespace), str(meta.name));
    const template = path === "" ? object : getAt(object, path);
    const specPath = `${path}/spec`;
    const problem = !isMap(template) ? [path, template] : !isMap(template.spec) ? [specPath, template.spec] : null;
    let incomplete;
    if (problem) {
      const [at, found] = problem;
      const what = found === void 0 || found === null ? "is missing" : "is not a mapping";
      const field = at.slice(1).replace(/\//g, ".");
      const message = `its pod ${at === path && path !== "" ? "template" : "spec"} (${field}) ${what}`;
      if (!o.partial) throw new KubeInjectError("workload", `${label}: ${message}`, { pointer: pointer + at, resource: label });
      incomplete = { pointer: pointer + at, message };
    }
    out.push({
      pointer,
      kind,
      apiVersion: str(object.apiVersion),
      name: str(meta.name),
      namespace: str(meta.namespace),
      podTemplatePointer: pointer + path,
      object,
      label,
      ...incomplete ? { incomplete } : {}
    });
  }
  return out;
}

// src/model/label-selector.ts
var NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function keyError(key) {
  const parts = key.split("/");
  if (parts.length > 2) return `invalid label key ${JSON.stringify(key)}`;
  const name = parts[parts.length - 1];
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return `invalid label key ${JSON.stringify(key)}`;
  if (parts.length === 2) {
    const prefix = parts[0];
    if (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) {
      return `invalid label key ${JSON.stringify(key)}`;
    }
  }
  return void 0;
}
function valueError(value) {
  if (value === "") return void 0;
  if (value.length > 63 || !NAME.test(value)) return `invalid label value ${JSON.stringify(value)}`;
  return void 0;
}
function compileRequirement(r) {
  const values = Array.isArray(r.values) ? r.values.map(String) : [];
  const err = keyError(String(r.key ?? ""));
  if (err) return err;
  switch (r.operator) {
    case "In":
    case "NotIn":
      if (values.length === 0) return `values must be non-empty for operator ${r.operator}`;
      break;
    case "Exists":
    case "DoesNotExist":
      if (values.length > 0) return `values must be empty for operator ${r.operator}`;
      break;
    default:
      return `${JSON.stringify(r.operator)} is not a valid label selector operator`;
  }
  for (const v of values) {
    const e = valueError(v);
    if (e) return e;
  }
  return { key: r.key, op: r.operator, values };
}
function compileSelector(selector) {
  const reqs = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    const r = compileRequirement({ key, operator: "In", values: [String(value)] });
    if (typeof r === "string") return { requirements: null, error: r };
    reqs.push(r);
  }
  for (const expr of selector.matchExpressions ?? []) {
    const r = compileRequirement(expr);
    if (typeof r === "string") return { requirements: null, error: r };
    reqs.push(r);
  }
  return { requirements: reqs.length === 0 ? null : reqs };
}
function selectorMatches(selector, labels) {
  if (selector.requirements === null) return false;
  return selector.requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    switch (r.op) {
      case "In":
        return has && r.values.includes(labels[r.key]);
      case "NotIn":
        return !has || !r.values.includes(labels[r.key]);
      case "Exists":
        return has;
      case "DoesNotExist":
        return !has;
    }
  });
}

export {
  fieldPosition,
  describeObject,
  positionIn,
  compileSelector,
  selectorMatches,
  POD_TEMPLATE_PATHS,
  objectsOf,
  locateWorkloads
};
