import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  compileSelector,
  labelMap,
  labelValue,
  protocolLabel,
  selects
} from "./chunk-FPC4SLT7.js";
import {
  IGNORED_NAMESPACES,
  compilePolicy,
  isIstioKey,
  lookupAnnotation,
  lookupLabel,
  skipReason,
  structuredValueError,
  suggestAnnotation,
  unknownProxyConfigFields,
  validateAnnotationValue
} from "./chunk-ACMWZV3F.js";
import {
  POD_TEMPLATE_PATHS,
  describeObject
} from "./chunk-GXKLT2VF.js";
import {
  AMBIENT_REDIRECTION_ANNOTATION,
  DATAPLANE_MODE_LABEL,
  EXPORT_TO_ANNOTATION,
  GATEWAY_MANAGED_LABEL,
  INJECT_KEY,
  NATIVE_SIDECAR_ANNOTATION,
  PROXY_CONFIG_ANNOTATION,
  REVISION_LABEL
} from "./chunk-MRUMKARZ.js";
import {
  INJECTED_CONTAINERS,
  PROXY_CONTAINER,
  PROXY_UID,
  RESERVED_PORTS,
  getAt,
  goTrimSpace,
  isMap,
  joinPointer,
  str
} from "./chunk-66ALYMBE.js";

// src/lint/config-defaults.ts
var CONFIG_FILE = ".kube-inject.yaml";
var DEFAULT_CONFIG = { rules: {} };

// src/lint/pod.ts
function containersOf(w) {
  const out = [];
  for (const field of ["containers", "initContainers"]) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isMap(c)) return;
      out.push({
        container: c,
        name: typeof c.name === "string" ? c.name : "",
        pointer: joinPointer(w.templatePointer, "spec", field, i),
        init: field === "initContainers"
      });
    });
  }
  return out;
}
function appContainersOf(w) {
  return containersOf(w).filter((c) => !INJECTED_CONTAINERS.has(c.name));
}
var ENABLED = compilePolicy("enabled", [], []).compiled;
function optOutReason(w, o = {}) {
  return skipReason(ENABLED, {
    hostNetwork: !o.ignoreHostNetwork && w.podSpec.hostNetwork === true,
    namespace: w.namespace,
    labels: { ...w.podLabels },
    annotations: labelMap(w.podAnnotations)
  });
}
function podMetaPointer(w, field, key) {
  const base = joinPointer(w.templatePointer, "metadata", field);
  return key === void 0 ? base : joinPointer(base, key);
}

// src/lint/rules/app-version-labels.ts
var APP_KEYS = ["app.kubernetes.io/name", "app"];
var VERSION_KEYS = ["app.kubernetes.io/version", "version"];
function pick(w, keys) {
  for (const key of keys) if (Object.hasOwn(w.podLabels, key)) return { key, value: w.podLabels[key] };
  return void 0;
}
var appVersionLabels = {
  meta: {
    id: "app-version-labels",
    severity: "warning",
    description: "Every pod template has an app and a version label, and no two workloads share an app label with the same version.",
    help: "Istio names workloads in metrics and traces by the `app` (or `app.kubernetes.io/name`) and `version` (or `app.kubernetes.io/version`) labels of their pods. Add both to the pod template (spec.template.metadata.labels). Two workloads of one app in the same namespace need different versions, or their telemetry is merged. Pods that are not injected (opted out, host network) are not checked.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/"
  },
  check(ctx) {
    const seen = /* @__PURE__ */ new Map();
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const app = pick(w, APP_KEYS);
      const version = pick(w, VERSION_KEYS);
      const labels = podMetaPointer(w, "labels");
      const base = { doc: w.doc, object: w.located };
      if (!app) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "app" (or "app.kubernetes.io/name") label' });
      if (!version) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "version" (or "app.kubernetes.io/version") label' });
      if (!app) continue;
      const key = JSON.stringify([w.namespace, app.value, version?.value ?? null]);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, w);
        continue;
      }
      const sameVersion = version ? `the same version ${JSON.stringify(version.value)}` : "no version label either";
      ctx.report({
        ...base,
        pointer: podMetaPointer(w, "labels", app.key),
        message: `the pods have the same app label ${JSON.stringify(app.value)} as ${describeObject(first.kind, first.namespace, first.name)}, and ${sameVersion}; give each a different version`
      });
    }
  }
};

// src/lint/istio-scope.ts
function isAnalyzedByIstio(obj) {
  return !IGNORED_NAMESPACES.has(obj.kind === "Namespace" ? obj.name : obj.namespace);
}
function isIstioControlPlane(obj) {
  return Object.hasOwn(obj.labels, "istio") || obj.labels.release === "istio";
}

// src/lint/traffic/hosts.ts
var CLUSTER_DOMAIN = "svc.cluster.local";
var ALL_NAMESPACES = "*";
var OWN_NAMESPACE = ".";
function toFqdn(namespace, host) {
  return host.startsWith("*") || host.includes(".") ? host : `${host}.${namespace}.${CLUSTER_DOMAIN}`;
}
var FQDN = /^(.+)\.(.+)\.svc\.cluster\.local$/;
function serviceNameOf(namespace, host) {
  const m = FQDN.exec(host);
  return m ? { namespace: m[2], name: m[1] } : { namespace, name: host };
}
function hostsMatch(a, b) {
  const aw = a.startsWith("*");
  const bw = b.startsWith("*");
  if (aw && bw) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aw) return b.endsWith(a.slice(1));
  if (bw) return a.endsWith(b.slice(1));
  return a === b;
}
function namesForNamespace(hosts, namespace) {
  const out = [];
  for (const h of hosts) {
    const slash = h.indexOf("/");
    if (slash < 0) {
      out.push(h);
      continue;
    }
    const ns = h.slice(0, slash);
    if (ns === namespace || ns === ALL_NAMESPACES) out.push(h.slice(slash + 1));
  }
  return out;
}
function exportsToAll(exportTo) {
  return exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES);
}

// src/lint/traffic/registry.ts
var HostRegistry = class {
  /** `scope/fqdn` → host; the last definition wins, as in Istio's map. */
  byScoped = /* @__PURE__ */ new Map();
  constructor(serviceEntries, services) {
    for (const se of serviceEntries) {
      const spec = isMap(se.located.object.spec) ? se.located.object.spec : {};
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const host = {
        source: se,
        ports: ports.flatMap((p) => isMap(p) && typeof p.number === "number" ? [{ number: p.number, name: str(p.name) }] : []),
        workloadSelector: isMap(spec.workloadSelector) ? labelMap(spec.workloadSelector.labels) : {}
      };
      const exportTo = Array.isArray(spec.exportTo) ? spec.exportTo.filter((x) => typeof x === "string") : [];
      const scopes = exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES) ? [ALL_NAMESPACES] : exportTo.map((e) => e === OWN_NAMESPACE ? se.namespace : e);
      const hosts = Array.isArray(spec.hosts) ? spec.hosts.filter((x) => typeof x === "string") : [];
      for (const h of hosts) for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(se.namespace, h)}`, host);
    }
    for (const svc of services) {
      const host = {
        source: svc,
        service: svc,
        ports: svc.ports.flatMap((p) => p.port !== void 0 ? [{ number: p.port, name: p.name ?? "" }] : []),
        workloadSelector: {}
      };
      const anno = svc.annotations[EXPORT_TO_ANNOTATION];
      const scopes = typeof anno === "string" && anno !== "" ? anno.split(",").map((s) => s.trim() === OWN_NAMESPACE ? svc.namespace : s.trim()) : [ALL_NAMESPACES];
      for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(svc.namespace, svc.name)}`, host);
    }
  }
  /** Istio's `GetDestinationHost`: the host `host` names for a resource of `namespace` exported to `exportTo`. */
  lookup(namespace, exportTo, host) {
    const fqdn = toFqdn(namespace, host);
    const all = this.byScoped.get(`${ALL_NAMESPACES}/${fqdn}`);
    if (all) return all;
    const scopes = exportTo.length === 0 ? [namespace] : exportTo.map((e) => e === OWN_NAMESPACE ? namespace : e);
    for (const scope of scopes) {
      const found = this.byScoped.get(`${scope}/${fqdn}`);
      if (found) return found;
    }
    const bare = host.startsWith("*") ? host.slice(1) : host;
    for (const [key, entry] of this.byScoped) {
      const slash = key.indexOf("/");
      const scope = key.slice(0, slash);
      const seHost = key.slice(slash + 1);
      if (!seHost.startsWith("*")) continue;
      if (scope !== ALL_NAMESPACES && scope !== namespace) continue;
      if (bare.endsWith(seHost.slice(1))) return entry;
    }
    return void 0;
  }
};

// src/lint/traffic/index.ts
var cache = /* @__PURE__ */ new WeakMap();
function trafficIndex(index) {
  let t = cache.get(index);
  if (!t) cache.set(index, t = build(index));
  return t;
}
function group(obj) {
  const v = str(obj.located.object.apiVersion);
  return v.includes("/") ? v.slice(0, v.indexOf("/")) : "";
}
var NETWORKING = "networking.istio.io";
var SECURITY = "security.istio.io";
var TELEMETRY = "telemetry.istio.io";
function build(index) {
  const t = {
    virtualServices: [],
    destinationRules: [],
    gateways: [],
    kubernetesGateways: /* @__PURE__ */ new Map(),
    sidecars: [],
    authorizationPolicies: [],
    telemetries: [],
    serviceEntries: []
  };
  for (const obj of index.objects) {
    if (!isAnalyzedByIstio(obj)) continue;
    const g = group(obj);
    if (g === "gateway.networking.k8s.io" && obj.kind === "Gateway") t.kubernetesGateways.set(refKey(obj.namespace, obj.name), obj);
    if (g === NETWORKING) {
      if (obj.kind === "VirtualService") t.virtualServices.push(readVirtualService(obj));
      else if (obj.kind === "DestinationRule") t.destinationRules.push(readDestinationRule(obj));
      else if (obj.kind === "Gateway") t.gateways.push(readGateway(obj));
      else if (obj.kind === "ServiceEntry") t.serviceEntries.push(obj);
      else if (obj.kind === "Sidecar") t.sidecars.push(readPolicy(obj, "workloadSelector", "labels"));
    } else if (g === SECURITY && obj.kind === "AuthorizationPolicy") {
      t.authorizationPolicies.push(readPolicy(obj, "selector", "matchLabels"));
    } else if (g === TELEMETRY && obj.kind === "Telemetry") {
      t.telemetries.push(readPolicy(obj, "selector", "matchLabels"));
    }
  }
  const services = index.services.filter(isAnalyzedByIstio);
  const pods = index.workloads.filter(isAnalyzedByIstio);
  const byLabel = /* @__PURE__ */ new Map();
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.podLabels)) {
      const key = JSON.stringify([k, v]);
      const list = byLabel.get(key);
      if (list) list.push(p);
      else byLabel.set(key, [p]);
    }
  }
  const candidates = (set) => {
    let smallest;
    for (const [k, v] of Object.entries(set)) {
      const list = byLabel.get(JSON.stringify([k, v])) ?? [];
      if (smallest === void 0 || list.length < smallest.length) smallest = list;
    }
    return smallest ?? pods;
  };
  const podsWith = (set) => candidates(set).filter((p) => matchesSet(set, p.podLabels));
  const findPodWith = (set, also = () => true) => candidates(set).find((p) => matchesSet(set, p.podLabels) && also(p));
  const selected = /* @__PURE__ */ new Map();
  for (const p of pods) {
    for (const svc of p.services) {
      const list = selected.get(svc);
      if (list) list.push(p);
      else selected.set(svc, [p]);
    }
  }
  const podsOf = (svc) => selected.get(svc) ?? [];
  return { ...t, pods, hosts: new HostRegistry(t.serviceEntries, services), podsWith, findPodWith, podsOf };
}
function specOf(obj) {
  return isMap(obj.located.object.spec) ? obj.located.object.spec : {};
}
function at(obj, ...tokens) {
  return joinPointer(obj.located.pointer, "spec", ...tokens);
}
function strings(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function stringFields(obj, v, field) {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x, i) => typeof x === "string" ? [{ value: x, pointer: at(obj, field, i) }] : []);
}
function readDestination(obj, rule, d, tokens) {
  if (!isMap(d)) return [];
  const host = { value: str(d.host), pointer: at(obj, ...tokens, "host") };
  const subset2 = typeof d.subset === "string" && d.subset !== "" ? { value: d.subset, pointer: at(obj, ...tokens, "subset") } : void 0;
  const number = isMap(d.port) && typeof d.port.number === "number" ? d.port.number : void 0;
  const port = number !== void 0 ? { value: number, pointer: at(obj, ...tokens, "port", "number") } : void 0;
  return [{ rule, host, ...subset2 ? { subset: subset2 } : {}, ...port ? { port } : {} }];
}
function readVirtualService(obj) {
  const spec = specOf(obj);
  const routes = [];
  const mirrors = [];
  for (const kind of ["tcp", "tls", "http"]) {
    const rules = Array.isArray(spec[kind]) ? spec[kind] : [];
    rules.forEach((r, i) => {
      if (!isMap(r) || !Array.isArray(r.route)) return;
      r.route.forEach((rd, j) => {
        if (isMap(rd)) routes.push(...readDestination(obj, kind, rd.destination, [kind, i, "route", j, "destination"]));
      });
    });
  }
  const http = Array.isArray(spec.http) ? spec.http : [];
  http.forEach((r, i) => {
    if (!isMap(r)) return;
    mirrors.push(...readDestination(obj, "http.mirror", r.mirror, ["http", i, "mirror"]));
    if (Array.isArray(r.mirrors)) {
      r.mirrors.forEach((m, j) => {
        if (isMap(m)) mirrors.push(...readDestination(obj, "http.mirrors", m.destination, ["http", i, "mirrors", j, "destination"]));
      });
    }
  });
  return {
    obj,
    hosts: stringFields(obj, spec.hosts, "hosts"),
    gateways: stringFields(obj, spec.gateways, "gateways"),
    exportTo: strings(spec.exportTo),
    routes,
    mirrors
  };
}
function readDestinationRule(obj) {
  const spec = specOf(obj);
  const subsets = Array.isArray(spec.subsets) ? spec.subsets : [];
  return {
    obj,
    host: { value: str(spec.host), pointer: at(obj, "host") },
    exportTo: strings(spec.exportTo),
    subsets: subsets.flatMap(
      (s, i) => isMap(s) ? [{ name: { value: str(s.name), pointer: at(obj, "subsets", i, "name") }, labels: labelMap(s.labels) }] : []
    )
  };
}
function readGateway(obj) {
  const spec = specOf(obj);
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  return {
    obj,
    selector: labelMap(spec.selector),
    selectorPointer: isMap(spec.selector) ? at(obj, "selector") : at(obj),
    servers: servers.flatMap((s, i) => {
      if (!isMap(s)) return [];
      const port = isMap(s.port) && typeof s.port.number === "number" ? s.port.number : void 0;
      return [{ pointer: at(obj, "servers", i), port, hosts: strings(s.hosts), bind: str(s.bind) }];
    })
  };
}
function readPolicy(obj, field, labelsField) {
  const spec = specOf(obj);
  const sel = spec[field];
  const selector = isMap(sel) ? labelMap(sel[labelsField]) : void 0;
  return {
    obj,
    selector,
    selectorPointer: isMap(sel) && isMap(sel[labelsField]) ? at(obj, field, labelsField) : at(obj, field),
    spec
  };
}
function refKey(namespace, name) {
  return [namespace, name].join("/");
}
function matchesSet(set, labels) {
  for (const [k, v] of Object.entries(set)) if (labels[k] !== v) return false;
  return true;
}
function selectorString(set) {
  return Object.keys(set).sort().map((k) => `${k}=${set[k]}`).join(",");
}

// src/lint/rules/conflicting-gateways.ts
var conflictingGateways = {
  meta: {
    id: "conflicting-gateways",
    severity: "error",
    istioCode: "IST0145",
    description: "No two Gateways for the same gateway pods declare the same host on the same port (and bind address).",
    help: "Gateways whose selectors are the same, or select the same pods of the input, share the proxies' listeners. Two servers on one port that both list a host (with the same `bind`) conflict, and only one of them takes effect. Merge the servers into one Gateway, or give them different hosts or ports. (Istio's analyzer also remembers the hosts of a server that did not conflict as if the other Gateway had them, so its verdicts depend on the order it visits Gateways; kube-inject compares each pair of Gateways as written.)",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0145/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const name = (g) => refKey(g.obj.namespace, g.obj.name);
    const sel = new Map(t.gateways.map((g) => [g, selectorString(g.selector)]));
    const samePods = (a, b) => {
      const sa = sel.get(a);
      const sb = sel.get(b);
      if (sa === sb) return true;
      if (!sa.includes(sb) && !sb.includes(sa)) return false;
      return t.pods.some((p) => matchesSet(a.selector, p.podLabels) && matchesSet(b.selector, p.podLabels));
    };
    for (const gw of t.gateways) {
      const others = t.gateways.filter((o) => o !== gw && name(o) !== name(gw) && samePods(gw, o));
      gw.servers.forEach((server) => {
        const port = server.port ?? 0;
        const conflicts = others.filter((o) => {
          const last = [...o.servers].reverse().find((s) => (s.port ?? 0) === port);
          return last !== void 0 && server.hosts.some((h) => last.hosts.includes(h) && last.bind === server.bind);
        });
        if (conflicts.length === 0) return;
        const names = conflicts.map(name).sort().map((n) => describeObject("Gateway", ...n.split("/"))).join(", ");
        ctx.report({
          doc: gw.obj.doc,
          object: gw.obj.located,
          pointer: joinPointer(server.pointer, "hosts"),
          message: `conflict with ${names} (workload selector ${sel.get(gw)}, port ${port}, hosts ${server.hosts.join(",")}): they declare the same host on the same port for the same gateway pods`
        });
      });
    }
  }
};

// src/lint/rules/conflicting-mesh-virtualservices.ts
var conflictingMeshVirtualservices = {
  meta: {
    id: "conflicting-mesh-virtualservices",
    severity: "error",
    istioCode: "IST0109",
    description: "No two VirtualServices bound to the mesh (sidecars) define the same host for the same namespaces.",
    help: "A VirtualService with no `gateways`, or with `mesh` among them, configures the sidecars. Two of them for one host (short names read in each one's namespace; a wildcard host of a VirtualService exported everywhere counts for the hosts it matches) leave it undefined which routes apply. Merge them into one VirtualService, or narrow their `exportTo`.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0109/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byScoped = /* @__PURE__ */ new Map();
    for (const vs of t.virtualServices) {
      if (vs.gateways.length > 0 && !vs.gateways.some((g) => g.value === "mesh")) continue;
      const scopes = exportsToAll(vs.exportTo) ? [ALL_NAMESPACES] : [...new Set(vs.exportTo.map((e) => e === OWN_NAMESPACE ? vs.obj.namespace : e))];
      for (const scope of scopes) {
        for (const h of vs.hosts) {
          const key = `${scope}/${toFqdn(vs.obj.namespace, h.value)}`;
          const list = byScoped.get(key) ?? [];
          if (!list.includes(vs)) list.push(vs);
          byScoped.set(key, list);
        }
      }
    }
    const reported = /* @__PURE__ */ new Set();
    for (const [key, own] of byScoped) {
      const slash = key.indexOf("/");
      const scope = key.slice(0, slash);
      const fqdn = key.slice(slash + 1);
      let list = own;
      if (scope !== ALL_NAMESPACES) {
        for (const [other, vss] of byScoped) {
          const os = other.indexOf("/");
          if (other.slice(0, os) === ALL_NAMESPACES && hostsMatch(fqdn, other.slice(os + 1))) list = [...list, ...vss];
        }
      }
      if (list.length < 2) continue;
      const names = [...list].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((v) => describeObject("VirtualService", v.obj.namespace, v.obj.name)).join(", ");
      for (const vs of list) {
        if (reported.has(vs)) continue;
        reported.add(vs);
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, "metadata", "name"),
          message: `${names} are bound to the mesh and define the same host ${key}, which leaves their routing undefined; merge them into one VirtualService`
        });
      }
    }
  }
};

// src/lint/annotation-sites.ts
function site(obj, scope, metadataPointer, metadata) {
  const m = isMap(metadata) ? metadata : {};
  return {
    obj,
    scope,
    metadataPointer,
    annotations: isMap(m.annotations) ? m.annotations : {},
    labels: isMap(m.labels) ? m.labels : {}
  };
}
var cache2 = /* @__PURE__ */ new WeakMap();
function metadataSites(index) {
  let sites = cache2.get(index);
  if (!sites) cache2.set(index, sites = collectSites(index));
  return sites;
}
function collectSites(index) {
  const out = [];
  const workloads = new Map(index.workloads.map((w) => [w.located, w]));
  for (const obj of index.objects) {
    const own = joinPointer(obj.located.pointer, "metadata");
    const w = workloads.get(obj.located);
    if (w) {
      if (w.templatePointer === w.located.pointer) {
        out.push(site(obj, "pod", own, obj.located.object.metadata));
      } else {
        out.push(site(obj, "workload", own, obj.located.object.metadata));
        const meta = joinPointer(w.templatePointer, "metadata");
        out.push(site(obj, "pod", meta, getAt(obj.doc.value, meta)));
      }
    } else if (obj.kind === "Service") {
      out.push(site(obj, "service", own, obj.located.object.metadata));
    } else if (obj.kind === "Namespace") {
      out.push(site(obj, "namespace", own, obj.located.object.metadata));
    }
  }
  return out;
}
function keyPointer(s, field, key) {
  return joinPointer(s.metadataPointer, field, key);
}
function siteKindName(s) {
  return s.scope === "pod" && s.obj.kind !== "Pod" ? `${s.obj.kind} pod template` : s.obj.kind;
}
function placedRight(entry, scope) {
  return entry.scopes.includes("any") || entry.scopes.includes(scope);
}
var ISTIO_ANNOTATION_KINDS = /* @__PURE__ */ new Set(["Namespace", "Service", "Pod", "Deployment"]);
function istioCodeAt(s) {
  const podTemplate = s.scope === "pod" && s.obj.kind !== "Pod";
  return !podTemplate && ISTIO_ANNOTATION_KINDS.has(s.obj.kind) && isAnalyzedByIstio(s.obj) ? void 0 : null;
}

// src/lint/rules/deprecated-annotation.ts
var deprecatedAnnotation = {
  meta: {
    id: "deprecated-annotation",
    severity: "info",
    istioCode: "IST0135",
    description: "No deprecated Istio annotations.",
    help: "Deprecated annotations may stop working in a future Istio release. Use the replacement the finding names (for `sidecar.istio.io/inject`, the label of the same name), or remove the annotation.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key);
        if (!entry?.deprecated) continue;
        if (key === INJECT_KEY && Object.hasOwn(s.labels, INJECT_KEY)) continue;
        const instead = key === INJECT_KEY ? ` in favor of the ${INJECT_KEY} label` : entry.deprecated.replacement ? ` in favor of ${entry.deprecated.replacement}` : "";
        ctx.report({
          doc: s.obj.doc,
          object: s.obj.located,
          pointer: keyPointer(s, "annotations", key),
          istioCode: istioCodeAt(s),
          message: `annotation ${JSON.stringify(key)} has been deprecated${instead} and may not work in future Istio versions`
        });
      }
    }
  }
};

// src/lint/rules/deprecated-field.ts
var deprecatedField = {
  meta: {
    id: "deprecated-field",
    severity: "warning",
    istioCode: "IST0002",
    description: "No deprecated fields in VirtualServices and Sidecars (the ones istioctl analyze reports).",
    help: "A VirtualService's `http[].fault.delay.percent` is replaced by `percentage` (`{value: 10}`); a Sidecar's `outboundTrafficPolicy.egressProxy` is ignored. Use the replacement, or remove the field.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0002/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      const http = specOf(vs.obj).http;
      (Array.isArray(http) ? http : []).forEach((route, i) => {
        const delay = isMap(route) && isMap(route.fault) && isMap(route.fault.delay) ? route.fault.delay : void 0;
        if (!delay || typeof delay.percent !== "number" || delay.percent <= 0) return;
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, "spec", "http", i, "fault", "delay", "percent"),
          message: "HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage"
        });
      });
    }
    for (const sc of t.sidecars) {
      const policy = sc.spec.outboundTrafficPolicy;
      if (!isMap(policy) || !isMap(policy.egressProxy)) continue;
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, "spec", "outboundTrafficPolicy", "egressProxy"),
        message: "OutboundTrafficPolicy.EgressProxy is deprecated and ignored"
      });
    }
  }
};

// src/lint/rules/destinationrule-host.ts
var destinationruleHost = {
  meta: {
    id: "destinationrule-host",
    severity: "warning",
    istioCode: "IST0174",
    description: "Every DestinationRule's host is a Service or ServiceEntry host of the input.",
    help: "The `host` of a DestinationRule is resolved as a VirtualService destination is (a short name in the DestinationRule's namespace, `<name>.<namespace>.svc.cluster.local`, ServiceEntry hosts and their wildcards, within `exportTo`). A host that matches nothing means the rule's traffic policy and subsets apply to no traffic. Fix the host, or add the Service.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0174/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const dr of t.destinationRules) {
      if (t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value)) continue;
      ctx.report({
        doc: dr.obj.doc,
        object: dr.obj.located,
        pointer: dr.host.pointer,
        at: "value",
        message: `the host ${JSON.stringify(dr.host.value)} defined in the DestinationRule does not match any Service or ServiceEntry of the input`
      });
    }
  }
};

// src/istio/topology.ts
var HOSTNAME_LABEL = "kubernetes.io/hostname";
var LOCALITY_LABELS = ["topology.kubernetes.io/region", "topology.kubernetes.io/zone", "topology.istio.io/subzone"];

// src/lint/rules/destinationrule-subset.ts
var HOSTNAME = HOSTNAME_LABEL;
var LOCALITY = LOCALITY_LABELS;
var TOPOLOGY_LABELS = /* @__PURE__ */ new Set([HOSTNAME, ...LOCALITY]);
function augmentedLabels(p, nodes) {
  const node = typeof p.podSpec.nodeName === "string" ? p.podSpec.nodeName : "";
  if (node === "") return { ...p.podLabels };
  const out = { ...p.podLabels };
  const labels = nodes.get(node) ?? {};
  for (const key of LOCALITY) if (labels[key]) out[key] = labels[key];
  out[HOSTNAME] = node;
  return out;
}
var destinationruleSubset = {
  meta: {
    id: "destinationrule-subset",
    severity: "error",
    istioCode: "IST0173",
    description: "Every DestinationRule subset selects pods of the input, and (kube-inject's own check) pods of the Service it is for.",
    help: "A subset's `labels` (with a ServiceEntry's workloadSelector) pick the endpoints traffic to the subset goes to. When no pod of the input has them, a route to the subset finds no healthy upstream and fails with 503 UH: IST0173. Istio compares the labels with every pod, of any namespace and any app; kube-inject also checks, for a host that is a Service of the input, that some pod of that Service has them (a finding without an Istio code, a warning): a `version: v3` subset of `reviews` is not served by a `ratings` pod labelled `version: v3`. Label the pod templates with the subset's labels (usually `version`), or fix the subset.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0173/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const nodes = new Map(ctx.index.objects.filter((o) => o.kind === "Node").map((o) => [o.name, o.labels]));
    for (const dr of t.destinationRules) {
      const host = t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value);
      if (!host) continue;
      for (const subset2 of dr.subsets) {
        const wanted = { ...host.workloadSelector, ...subset2.labels };
        const base = { doc: dr.obj.doc, object: dr.obj.located, pointer: subset2.name.pointer };
        const topology = Object.keys(wanted).some((k) => TOPOLOGY_LABELS.has(k));
        if (topology ? !t.pods.some((p) => matchesSet(wanted, augmentedLabels(p, nodes))) : !t.findPodWith(wanted)) {
          ctx.report({ ...base, message: `the subset ${JSON.stringify(subset2.name.value)} defined in the DestinationRule selects no pod of the input (labels ${describe(wanted)}); requests routed to it fail with 503 UH (no healthy upstream)` });
          continue;
        }
        const svc = host.service;
        if (!svc || svc.selector === null) continue;
        if (t.podsOf(svc).some((p) => matchesSet(wanted, p.podLabels))) continue;
        const others = t.podsWith(wanted).slice(0, 3).map((p) => describeObject(p.kind, p.namespace, p.name)).join(", ");
        ctx.report({
          ...base,
          severity: "warning",
          istioCode: null,
          message: `the subset ${JSON.stringify(subset2.name.value)} selects no pod of ${describeObject("Service", svc.namespace, svc.name)} (labels ${describe(wanted)}); only pods of other workloads have them (${others}), so requests routed to it find no healthy upstream`
        });
      }
    }
  }
};
function describe(labels) {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length === 0 ? "none: every pod" : pairs.join(",");
}

// src/lint/rules/destinationrule-tls.ts
var VERIFYING_MODES = /* @__PURE__ */ new Set(["SIMPLE", "MUTUAL"]);
var destinationruleTls = {
  meta: {
    id: "destinationrule-tls",
    severity: "warning",
    istioCodes: ["IST0128", "IST0129"],
    description: "A DestinationRule that originates TLS (mode SIMPLE or MUTUAL) names the CA certificates that verify the server.",
    help: "With `tls.mode: SIMPLE` or `MUTUAL` and no `caCertificates`, the sidecar does not verify the server's certificate (IST0128 for the rule's `trafficPolicy.tls`, IST0129 for a `portLevelSettings` entry). Set `caCertificates` (or a `credentialName` holding the CA, with a workloadSelector), as Istio checks it.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0128/"
  },
  check(ctx) {
    for (const dr of trafficIndex(ctx.index).destinationRules) {
      const policy = specOf(dr.obj).trafficPolicy;
      if (!isMap(policy)) continue;
      const selected = isMap(specOf(dr.obj).workloadSelector);
      const unverified = (tls) => {
        if (!isMap(tls)) return void 0;
        const mode = str(tls.mode);
        if (!VERIFYING_MODES.has(mode) || str(tls.caCertificates) !== "") return void 0;
        return str(tls.credentialName) !== "" && selected ? void 0 : mode;
      };
      const base = { doc: dr.obj.doc, object: dr.obj.located };
      const top = unverified(policy.tls);
      if (top) {
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, "spec", "trafficPolicy", "tls", "mode"),
          istioCode: "IST0128",
          message: `TLS mode ${top} without caCertificates: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`
        });
      }
      const ports = Array.isArray(policy.portLevelSettings) ? policy.portLevelSettings : [];
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const mode = unverified(p.tls);
        if (!mode) return;
        const number = isMap(p.port) && typeof p.port.number === "number" ? p.port.number : "?";
        ctx.report({
          ...base,
          pointer: joinPointer(dr.obj.located.pointer, "spec", "trafficPolicy", "portLevelSettings", i, "tls", "mode"),
          istioCode: "IST0129",
          message: `TLS mode ${mode} without caCertificates on port ${number}: the server's identity for host ${JSON.stringify(dr.host.value)} is not verified`
        });
      });
    }
  }
};

// src/lint/rules/envoyfilter-patch.ts
var ROUTE_LEVEL = /* @__PURE__ */ new Set(["ROUTE_CONFIGURATION", "HTTP_ROUTE"]);
var REPLACEABLE = /* @__PURE__ */ new Set(["NETWORK_FILTER", "HTTP_FILTER", "VIRTUAL_HOST"]);
var envoyfilterPatch = {
  meta: {
    id: "envoyfilter-patch",
    severity: "warning",
    istioCodes: ["IST0151", "IST0152", "IST0153", "IST0154", "IST0155"],
    description: "EnvoyFilter patches use operations that apply where they are written, and relative operations have a priority.",
    help: "ADD and REMOVE are ignored on ROUTE_CONFIGURATION and HTTP_ROUTE (IST0153, IST0154, errors); REPLACE works only on NETWORK_FILTER, HTTP_FILTER and VIRTUAL_HOST (IST0152, an error). A relative operation (INSERT_BEFORE, INSERT_AFTER, REPLACE, REMOVE) in an EnvoyFilter without `priority` may be applied before the filter it refers to exists, so not at all (IST0151); when a patch with a `proxyVersion` match patches the same filter, that risk comes with upgrades (IST0155). Set `priority`, or use INSERT_FIRST or ADD.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0151/"
  },
  check(ctx) {
    const versioned = [];
    for (const ef of ctx.index.objects) {
      if (ef.kind !== "EnvoyFilter" || !str(ef.located.object.apiVersion).startsWith("networking.istio.io/") || !isAnalyzedByIstio(ef)) continue;
      const spec = specOf(ef);
      const priority = typeof spec.priority === "number" ? spec.priority : 0;
      const patches = Array.isArray(spec.configPatches) ? spec.configPatches : [];
      for (const [i, cp] of patches.entries()) {
        if (!isMap(cp) || !isMap(cp.patch)) break;
        const op = str(cp.patch.operation);
        const applyTo = str(cp.applyTo);
        const name = instanceName(cp);
        const report3 = (istioCode, severity, message) => ctx.report({ doc: ef.doc, object: ef.located, pointer: joinPointer(ef.located.pointer, "spec", "configPatches", i, "patch", "operation"), istioCode, severity, message });
        const relative = () => {
          if (priority !== 0) return;
          if (versioned.includes(name)) report3("IST0155", "warning", `the ${op} patch has no priority, and a patch with a proxyVersion match patches the same filter: it may not be applied during an upgrade; use INSERT_FIRST or ADD, or set priority`);
          else report3("IST0151", "warning", `the ${op} patch is relative and the EnvoyFilter has no priority, so it may not be applied; use INSERT_FIRST or ADD, or set priority`);
        };
        if (op === "ADD") {
          if (ROUTE_LEVEL.has(applyTo)) report3("IST0153", "error", `the ADD operation is ignored when applyTo is ${applyTo}`);
        } else if (op === "REMOVE") {
          if (ROUTE_LEVEL.has(applyTo)) report3("IST0154", "error", `the REMOVE operation is ignored when applyTo is ${applyTo}`);
          else relative();
        } else if (op === "REPLACE") {
          if (!REPLACEABLE.has(applyTo)) report3("IST0152", "error", `the REPLACE operation is only valid for HTTP_FILTER, NETWORK_FILTER and VIRTUAL_HOST, not ${applyTo || "an unset applyTo"}`);
          else relative();
        } else if (op === "INSERT_BEFORE" || op === "INSERT_AFTER") relative();
        const proxy = isMap(cp.match) && isMap(cp.match.proxy) ? cp.match.proxy : void 0;
        if (proxy && str(proxy.proxyVersion) !== "") versioned.push(name);
      }
    }
  }
};
function instanceName(cp) {
  const patch = cp.patch;
  if (!isMap(patch.value) || Object.keys(patch.value).length === 0) return "";
  if (patch.value.name !== void 0) return `value:${JSON.stringify(patch.value.name)}`;
  const listener = isMap(cp.match) && isMap(cp.match.listener) ? cp.match.listener : void 0;
  const chain = listener && isMap(listener.filterChain) ? listener.filterChain : void 0;
  return chain && isMap(chain.filter) ? str(chain.filter.name) : "";
}

// src/lint/rules/gateway-certificate.ts
function subset(x, y) {
  return Object.entries(x).every(([k, v]) => Object.hasOwn(y, k) && y[k] === v);
}
function tlsOf(g) {
  const servers = specOf(g.obj).servers;
  return (Array.isArray(servers) ? servers : []).flatMap(
    (s) => isMap(s) && isMap(s.tls) ? [{ credentialName: str(s.tls.credentialName), serverCertificate: str(s.tls.serverCertificate), privateKey: str(s.tls.privateKey) }] : []
  );
}
function same(a, b) {
  if (a.credentialName !== "" && b.credentialName !== "") return a.credentialName === b.credentialName;
  if (a.credentialName !== "" || b.credentialName !== "") return false;
  return a.serverCertificate !== "" && a.serverCertificate === b.serverCertificate && a.privateKey !== "" && a.privateKey === b.privateKey;
}
var gatewayCertificate = {
  meta: {
    id: "gateway-certificate",
    severity: "warning",
    istioCode: "IST0138",
    description: "No two Gateways for the same gateway pods serve TLS with the same certificate.",
    help: "When servers of two Gateways on the same proxies use one certificate (the same credentialName, or the same serverCertificate and privateKey), a client that reuses an HTTP/2 connection for a host of the other Gateway gets 404s. Serve those hosts from one Gateway server, or give each its own certificate. A Gateway is compared with those whose selector includes all of its labels (with an empty selector, with every Gateway).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0138/"
  },
  check(ctx) {
    const gateways = trafficIndex(ctx.index).gateways;
    const tls = new Map(gateways.map((g) => [g, tlsOf(g)]));
    for (const g of gateways) {
      const mine = tls.get(g);
      if (mine.length === 0) continue;
      for (const o of gateways) {
        if (o === g || o.obj.namespace === g.obj.namespace && o.obj.name === g.obj.name) continue;
        if (Object.keys(g.selector).length > 0 && !subset(g.selector, o.selector)) continue;
        for (const a of mine) {
          for (const b of tls.get(o)) {
            if (!same(a, b)) continue;
            ctx.report({
              doc: g.obj.doc,
              object: g.obj.located,
              pointer: joinPointer(g.obj.located.pointer, "metadata", "name"),
              message: `${describeObject("Gateway", g.obj.namespace, g.obj.name)} and ${describeObject("Gateway", o.obj.namespace, o.obj.name)} serve the same certificate${a.credentialName ? ` (${a.credentialName})` : ""}, which may cause 404s when clients reuse HTTP/2 connections`
            });
          }
        }
      }
    }
  }
};

// src/lint/rules/gateway-workload.ts
var gatewayWorkload = {
  meta: {
    id: "gateway-workload",
    severity: "error",
    istioCodes: ["IST0101", "IST0162"],
    description: "Every Gateway's selector matches gateway pods of the input, and each server port is a port of the Services of those pods.",
    help: "A Gateway configures the gateway proxies its `selector` matches (in any namespace). When no pod of the input matches, nothing serves it: IST0101 (pass the gateway's Deployment with `--context`, or fix the selector; an empty selector matches any pod). A server `port.number` must be a port the gateway pods receive through their Services: a `targetPort` (or the port, when the targetPort is a name or absent) of a TCP port of a Service selecting them, or a Service `port` that has a targetPort; otherwise IST0162 (a warning): the port is not reachable through the gateway Service. A port with no `protocol` counts as TCP, as Kubernetes defaults it.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0162/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const services = ctx.index.services.filter(isAnalyzedByIstio);
    for (const gw of t.gateways) {
      const pods = t.podsWith(gw.selector);
      const sel = selectorString(gw.selector);
      const first = Object.keys(gw.selector).sort()[0];
      const base = { doc: gw.obj.doc, object: gw.obj.located };
      if (pods.length === 0) {
        ctx.report({
          ...base,
          pointer: first === void 0 ? gw.selectorPointer : joinPointer(gw.selectorPointer, first),
          istioCode: "IST0101",
          message: `referenced selector not found: ${JSON.stringify(sel)}; no pod of the input has these labels, so no gateway proxy serves this Gateway`
        });
        continue;
      }
      const { targets, mapped } = reachablePorts(pods, services);
      for (const server of gw.servers) {
        if (server.port === void 0 || targets.has(server.port) || mapped.has(server.port)) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(server.pointer, "port", "number"),
          severity: "warning",
          istioCode: "IST0162",
          message: `the Gateway listens on port ${server.port}, which no Service of its pods (selector ${sel}) sends traffic to (${describePorts(targets)}); it is not reachable through the gateway Service`
        });
      }
    }
  }
};
function describePorts(targets) {
  return targets.size === 0 ? "they have no TCP port" : `target ports ${[...targets].sort((a, b) => a - b).join(", ")}`;
}
function reachablePorts(pods, services) {
  const targets = /* @__PURE__ */ new Set();
  const mapped = /* @__PURE__ */ new Set();
  const unselective = services.filter((svc) => {
    const raw = specOf(svc).selector;
    return !isMap(raw) || Object.keys(raw).length === 0;
  });
  const seen = /* @__PURE__ */ new Set();
  for (const pod of pods) {
    for (const svc of [...pod.services, ...unselective.filter((s) => s.namespace === pod.namespace)]) {
      if (seen.has(svc)) continue;
      seen.add(svc);
      for (const p of svc.ports) {
        if (p.port === void 0 || p.k8sProtocol !== "TCP") continue;
        const tp = /^[0-9]+$/.test(p.targetPort) ? Number(p.targetPort) : 0;
        if (tp !== 0) {
          targets.add(tp);
          mapped.add(p.port);
        } else targets.add(p.port);
      }
    }
  }
  return { targets, mapped };
}

// src/lint/rules/host-network.ts
var hostNetwork = {
  meta: {
    id: "host-network",
    severity: "info",
    description: "Pods on the host network cannot be injected; they stay outside the mesh.",
    help: "The sidecar redirects the pod's traffic with iptables rules in the pod's network namespace; a `hostNetwork: true` pod shares the node's, so Istio (and kube-inject) leaves it unchanged. If the workload must be in the mesh, drop hostNetwork; otherwise mark the intent with the label `sidecar.istio.io/inject: \"false\"`.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (w.podSpec.hostNetwork !== true) continue;
      if (optOutReason(w, { ignoreHostNetwork: true }) !== void 0) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, "spec", "hostNetwork"),
        message: `the pods use the host network, so the sidecar cannot be injected and they stay outside the mesh`
      });
    }
  }
};

// src/lint/rules/image-auto.ts
function webhookSelects(raw, labels) {
  if (raw === void 0 || raw === null) return true;
  if (isMap(raw) && Object.keys(raw).length === 0) return true;
  return selects(compileSelector(raw), labels);
}
var imageAuto = {
  meta: {
    id: "image-auto",
    severity: "warning",
    istioCodes: ["IST0146", "IST0147"],
    description: "An istio-proxy container with `image: auto` (a gateway, injected by the webhook) is in a Deployment an Istio webhook of the input injects.",
    help: "`image: auto` is replaced by the injection webhook; a pod that is not injected keeps it and cannot start. On a Pod it is always IST0147 (an error), as istioctl analyze reports it. On a Deployment it is IST0146 (a warning) unless a MutatingWebhookConfiguration of the input has an Istio webhook (a name ending in istio.io) whose namespaceSelector matches the Namespace's labels and whose objectSelector matches the pod template's labels: pass the webhook configuration with `--context`. `kube-inject inject` replaces `image: auto` itself, so a stream it injects needs no webhook.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0146/"
  },
  check(ctx) {
    const webhooks = ctx.index.objects.filter((o) => o.kind === "MutatingWebhookConfiguration").flatMap((o) => Array.isArray(o.located.object.webhooks) ? o.located.object.webhooks : []).filter((w) => isMap(w) && str(w.name).endsWith("istio.io"));
    for (const w of ctx.index.workloads) {
      if (w.kind !== "Pod" && w.kind !== "Deployment" || !isAnalyzedByIstio(w)) continue;
      const proxy = containersOf(w).find((c) => !c.init && c.name === PROXY_CONTAINER && c.container.image === "auto");
      if (!proxy) continue;
      const base = { doc: w.doc, object: w.located, pointer: `${proxy.pointer}/image`, at: "value" };
      if (w.kind === "Pod") {
        ctx.report({ ...base, severity: "error", istioCode: "IST0147", message: "the Pod contains `image: auto` but does not match any Istio injection webhook selectors: a Pod is not injected after it is written" });
        continue;
      }
      const ns = ctx.index.namespaces.get(w.namespace);
      const nsLabels = ns ? ns.labels : {};
      if (webhooks.some((h) => webhookSelects(h.namespaceSelector, nsLabels) && webhookSelects(h.objectSelector, w.podLabels))) continue;
      ctx.report({
        ...base,
        istioCode: "IST0146",
        message: "the Deployment contains `image: auto` but matches no Istio injection webhook of the input (pass its MutatingWebhookConfiguration with --context, or inject with kube-inject)"
      });
    }
  }
};

// src/lint/rules/incomplete-workload.ts
var incompleteWorkload = {
  meta: {
    id: "incomplete-workload",
    severity: "error",
    description: "Every workload has a pod template with a spec, and the pod spec has at least one container.",
    help: "A Pod needs `spec.containers`; a Deployment (StatefulSet, Job \u2026) needs `spec.template.spec.containers` (a CronJob `spec.jobTemplate.spec.template.spec.containers`). Kubernetes refuses the object without them, and kube-inject cannot inject it. Lint reports the gap and checks the rest of the resource as far as it goes.",
    docs: "https://kubernetes.io/docs/concepts/workloads/pods/#pod-templates"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const base = { doc: w.doc, object: w.located };
      if (w.workload.incomplete) {
        ctx.report({ ...base, pointer: w.workload.incomplete.pointer, message: w.workload.incomplete.message });
        continue;
      }
      const containers = w.podSpec.containers;
      if (Array.isArray(containers) && containers.length > 0) continue;
      const pointer = joinPointer(w.templatePointer, "spec", ...containers === void 0 ? [] : ["containers"]);
      ctx.report({ ...base, pointer, message: "the pod spec has no containers" });
    }
  }
};

// src/lint/ignore.ts
var IGNORE_ANNOTATION = "kube-inject.io/ignore";
function parseIgnore(value) {
  const eq = value.indexOf("=");
  const list = eq < 0 ? value : value.slice(0, eq);
  const reason = eq < 0 ? "" : goTrimSpace(value.slice(eq + 1));
  const entries = list.split(",").map(goTrimSpace).filter((e) => e !== "");
  return reason === "" ? { entries } : { entries, reason };
}
function unknownIgnoreEntries(d, ruleIds2, codes) {
  return d.entries.filter((e) => e !== "*" && !ruleIds2.has(e) && !codes.has(e.toUpperCase()));
}
function covers(d, ruleId, istioCode) {
  return d.entries.some((e) => e === "*" || e === ruleId || istioCode !== void 0 && e.toUpperCase() === istioCode);
}
function findSuppression(annotationMaps, ruleId, istioCode) {
  for (const annotations of annotationMaps) {
    const raw = annotations[IGNORE_ANNOTATION];
    if (typeof raw !== "string") continue;
    const d = parseIgnore(raw);
    if (covers(d, ruleId, istioCode)) return d.reason === void 0 ? {} : { reason: d.reason };
  }
  return void 0;
}

// src/lint/rules/invalid-annotation.ts
var invalidAnnotation = {
  meta: {
    id: "invalid-annotation",
    severity: "error",
    istioCode: "IST0125",
    description: "Istio annotation values are valid, checked by the same validators the injector uses.",
    help: "An invalid value of an annotation the injector validates makes injection fail (an error); for the others Istio ignores the value or falls back silently (reported as a warning). Annotation values must be strings: quote numbers and booleans. The `kube-inject.io/ignore` annotation must name known rule ids or Istio codes.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const [key, value] of Object.entries(s.annotations)) {
        const at2 = { doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key), at: "value", istioCode: null };
        const tooDeep = s.scope === "pod" && typeof value === "string" ? structuredValueError(key, value) : null;
        if (tooDeep) {
          ctx.report({ ...at2, message: `annotation ${key}: ${tooDeep} (kube-inject refuses the pod)` });
          continue;
        }
        if (!isIstioKey(key)) continue;
        if (typeof value !== "string") {
          ctx.report({ ...at2, message: `annotation ${JSON.stringify(key)}: values must be strings; quote it` });
          continue;
        }
        if (key === IGNORE_ANNOTATION) {
          const unknown = unknownIgnoreEntries(parseIgnore(value), ruleIds(ctx), istioCodes(ctx));
          if (unknown.length > 0) ctx.report({ ...at2, severity: "warning", message: `${IGNORE_ANNOTATION} names no rule ${unknown.map((u) => JSON.stringify(u)).join(", ")}` });
          continue;
        }
        const entry = lookupAnnotation(key);
        if (!entry || !placedRight(entry, s.scope)) continue;
        const problem = validateAnnotationValue(key, value);
        if (problem === null) {
          if (key === PROXY_CONFIG_ANNOTATION) {
            const unknown = unknownProxyConfigFields(value);
            if (unknown.length > 0) ctx.report({ ...at2, severity: "warning", message: `${key}: ProxyConfig has no field ${unknown.map((u) => JSON.stringify(u)).join(", ")} (Istio ignores it)` });
          }
          continue;
        }
        const consequence = entry.injectorValidated ? "the injector rejects the pod" : "Istio ignores the value";
        ctx.report({
          ...at2,
          istioCode: entry.injectorValidated ? istioCodeAt(s) : null,
          severity: entry.injectorValidated ? "error" : "warning",
          message: `invalid value ${JSON.stringify(value)} for annotation ${key}: ${problem} (${consequence})`
        });
      }
    }
  }
};
function ruleIds(ctx) {
  return new Set(ctx.allRules.map((m) => m.id));
}
function istioCodes(ctx) {
  return new Set(ctx.allRules.flatMap((m) => [...m.istioCode ? [m.istioCode] : [], ...m.istioCodes ?? []]));
}

// src/lint/rules/job-sidecar.ts
var JOB_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var jobSidecar = {
  meta: {
    id: "job-sidecar",
    severity: "warning",
    description: "Jobs and CronJobs get the sidecar as a native sidecar, so that their pods can complete.",
    help: 'A classic sidecar is a regular container that keeps running after the job\'s own containers finish, so the pod never completes. Inject with `--native-sidecars` (istio-proxy becomes an init container with restartPolicy: Always, which Kubernetes stops when the job is done), or annotate the pod template with `sidecar.istio.io/nativeSidecar: "true"`.',
    docs: "https://istio.io/latest/blog/2023/native-sidecars/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (!JOB_KINDS.has(w.kind) || optOutReason(w) !== void 0) continue;
      const base = { doc: w.doc, object: w.located };
      const advice = `inject with --native-sidecars, or annotate the pod template with ${NATIVE_SIDECAR_ANNOTATION}: "true"`;
      if (ctx.settings.expectInjected) {
        const proxy = containersOf(w).find((c) => c.name === PROXY_CONTAINER && !c.init);
        if (proxy) {
          ctx.report({ ...base, pointer: proxy.pointer, message: `the ${w.kind}'s ${PROXY_CONTAINER} is a regular container, so its pods never complete; ${advice}` });
        }
        continue;
      }
      const raw = w.podAnnotations[NATIVE_SIDECAR_ANNOTATION];
      const set = typeof raw === "string" && raw !== "";
      const native = set ? raw !== "false" : ctx.settings.nativeSidecars;
      if (native) continue;
      ctx.report({
        ...base,
        pointer: set ? podMetaPointer(w, "annotations", NATIVE_SIDECAR_ANNOTATION) : podMetaPointer(w, "annotations"),
        message: `the ${w.kind} would get a classic sidecar, which keeps its pods from ever completing; ${advice}`
      });
    }
  }
};

// src/lint/rules/jwt-claim-route.ts
var CLAIM_PREFIX = "@request.auth.claims";
function isClaim(key) {
  if (!key.toLowerCase().startsWith(CLAIM_PREFIX)) return false;
  const rest = key.slice(CLAIM_PREFIX.length);
  return rest.startsWith(".") && rest.length > 1 || rest.startsWith("[") && rest.endsWith("]") && rest.length > 2;
}
function claimMatch(vs) {
  const http = specOf(vs.obj).http;
  for (const [i, route] of (Array.isArray(http) ? http : []).entries()) {
    const matches = isMap(route) && Array.isArray(route.match) ? route.match : [];
    for (const [j, m] of matches.entries()) {
      if (!isMap(m)) continue;
      for (const field of ["headers", "withoutHeaders"]) {
        const headers = m[field];
        if (!isMap(headers)) continue;
        const key = Object.keys(headers).find(isClaim);
        if (key !== void 0) return { key, pointer: joinPointer(vs.obj.located.pointer, "spec", "http", i, "match", j, field, key) };
      }
    }
  }
  return void 0;
}
var jwtClaimRoute = {
  meta: {
    id: "jwt-claim-route",
    severity: "error",
    istioCode: "IST0149",
    description: "A gateway VirtualService that routes on a JWT claim has a RequestAuthentication for the gateway's pods.",
    help: "Matching on `@request.auth.claims.<claim>` needs the gateway proxy to have validated the token: a RequestAuthentication whose selector matches the gateway pods, in their namespace or in istio-system. Without one the claim is never there and the route never matches. Add the RequestAuthentication.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0149/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const authn = /* @__PURE__ */ new Map();
    for (const o of ctx.index.objects) {
      if (o.kind !== "RequestAuthentication" || !String(o.located.object.apiVersion ?? "").startsWith("security.istio.io/")) continue;
      const sel = specOf(o).selector;
      authn.set(o.namespace, [...authn.get(o.namespace) ?? [], isMap(sel) ? labelMap(sel.matchLabels) : {}]);
    }
    for (const vs of t.virtualServices) {
      const claim = claimMatch(vs);
      if (!claim) continue;
      for (const gwName of vs.gateways) {
        if (gwName.value === "mesh") continue;
        const key = gwName.value.includes("/") ? gwName.value : refKey(vs.obj.namespace, gwName.value);
        const gw = t.gateways.find((g) => refKey(g.obj.namespace, g.obj.name) === key);
        if (!gw) continue;
        for (const pod of t.podsWith(gw.selector)) {
          const selectors = [...authn.get("istio-system") ?? [], ...authn.get(pod.namespace) ?? []];
          if (selectors.some((s) => matchesSet(s, pod.podLabels))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: claim.pointer,
            message: `the route matches the JWT claim ${JSON.stringify(claim.key)}, but no RequestAuthentication applies to the pods of ${describeObject("Gateway", gw.obj.namespace, gw.obj.name)} (${describeObject(pod.kind, pod.namespace, pod.name)}): the claim is never validated, and the route never matches`
          });
        }
      }
    }
  }
};

// src/lint/rules/misplaced-annotation.ts
var misplacedAnnotation = {
  meta: {
    id: "misplaced-annotation",
    severity: "warning",
    istioCode: "IST0107",
    description: "Istio annotations (and pod labels) are where Istio reads them: pod settings on the pod template, not on the workload.",
    help: "The injector reads a pod's own annotations and labels. On a Deployment (or StatefulSet, Job \u2026) they belong in the pod template, `spec.template.metadata`; on the workload's own metadata they have no effect. Move the key, or remove it.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key);
        if (entry && !placedRight(entry, s.scope)) report(ctx, s, "annotations", entry);
      }
      if (s.scope !== "workload") continue;
      for (const key of Object.keys(s.labels)) {
        const entry = lookupLabel(key);
        if (entry && !placedRight(entry, s.scope) && entry.scopes.includes("pod")) report(ctx, s, "labels", entry);
      }
    }
  }
};
function report(ctx, s, field, entry) {
  const what = `${field === "labels" ? "label" : "annotation"} ${JSON.stringify(entry.name)}`;
  let message;
  if (s.scope === "workload" && entry.scopes.includes("pod")) {
    const template = (POD_TEMPLATE_PATHS[s.obj.kind] ?? "/spec/template").slice(1).replace(/\//g, ".");
    message = `${what} on the ${s.obj.kind}'s own metadata has no effect; it only works on the pod template (${template}.metadata.${field})`;
  } else {
    message = `${what} has no effect on a ${siteKindName(s)}; it can only be applied to ${entry.resources.join(", ")}`;
  }
  ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, field, entry.name), message, istioCode: field === "labels" ? null : istioCodeAt(s) });
}

// src/lint/in-mesh.ts
var INJECTION_LABEL = "istio-injection";
function inMeshForIstio(w, index) {
  const fields = w.kind === "Pod" ? ["containers", "initContainers"] : ["containers"];
  for (const f of fields) {
    const list = w.podSpec[f];
    if (!Array.isArray(list)) continue;
    const proxy = list.find((c) => isMap(c) && c.name === PROXY_CONTAINER);
    if (proxy) {
      if (typeof proxy.image === "string" && proxy.image !== "") return true;
      break;
    }
  }
  for (const meta of [w.podLabels, w.podAnnotations]) {
    if (Object.hasOwn(meta, INJECT_KEY)) return labelValue(meta[INJECT_KEY]) === "true";
  }
  const ns = index.namespaces.get(w.namespace);
  return ns !== void 0 && namespaceLabel(ns, INJECTION_LABEL) === "enabled";
}
function namespaceLabel(ns, key) {
  return Object.hasOwn(ns.labels, key) ? ns.labels[key] : void 0;
}

// src/lint/rules/namespace-injection.ts
var INJECTOR_CONFIGMAP = "istio-sidecar-injector";
function enabledByDefault(index, revision) {
  const name = revision === "" || revision === "default" ? INJECTOR_CONFIGMAP : `${INJECTOR_CONFIGMAP}-${revision}`;
  const cm = index.objects.find((o) => o.kind === "ConfigMap" && o.name === name);
  const data = cm && isMap(cm.located.object.data) ? cm.located.object.data : void 0;
  if (!data || typeof data.values !== "string") return false;
  try {
    const values = JSON.parse(data.values);
    return isMap(values) && isMap(values.sidecarInjectorWebhook) && values.sidecarInjectorWebhook.enableNamespacesByDefault === true;
  } catch {
    return false;
  }
}
var namespaceInjection = {
  meta: {
    id: "namespace-injection",
    severity: "info",
    istioCodes: ["IST0102", "IST0123", "IST0148"],
    description: "Every Namespace of the input says whether its pods are injected, with one injection label.",
    help: "A Namespace labelled neither `istio-injection` nor `istio.io/rev` leaves it to each pod whether it gets a sidecar: IST0102 (info). Label it `istio-injection=enabled` (or with the revision, `istio.io/rev=<rev>`), or `istio-injection=disabled` to say it needs none. A Namespace with more than one of `istio-injection`, `istio.io/rev` and `istio.io/dataplane-mode` (the last two counted only beside `istio-injection=enabled`, or alone) is ambiguous: IST0123 (a warning); keep one. istio-system and ambient namespaces (`istio.io/dataplane-mode=ambient`) need no injection label. When the input holds the injector's ConfigMap (`istio-sidecar-injector`, or `istio-sidecar-injector-<rev>` for a Namespace with a revision label) and its values set `sidecarInjectorWebhook.enableNamespacesByDefault: true`, an unlabelled Namespace is injected anyway: IST0148 (info) instead of IST0102. Pass the ConfigMap with `--context`, or turn the rule off (`namespace-injection: off`) for such a mesh.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0102/"
  },
  check(ctx) {
    for (const ns of ctx.index.namespaces.values()) {
      if (ns.name === "istio-system" || !isAnalyzedByIstio(ns)) continue;
      const base = { doc: ns.doc, object: ns.located };
      const injection = Object.hasOwn(ns.labels, INJECTION_LABEL) ? ns.labels[INJECTION_LABEL] : void 0;
      const found = injection !== void 0 ? [`${INJECTION_LABEL}=${injection}`] : [];
      for (const key of [REVISION_LABEL, DATAPLANE_MODE_LABEL]) {
        if (Object.hasOwn(ns.labels, key) && (injection === void 0 || injection === "enabled")) found.push(`${key}=${ns.labels[key]}`);
      }
      if (found.length > 1) {
        ctx.report({
          ...base,
          pointer: joinPointer(ns.located.pointer, "metadata", "labels"),
          severity: "warning",
          istioCode: "IST0123",
          message: `the Namespace has more than one type of injection label (${found.join(", ")}), which may lead to undefined behavior; keep only one`
        });
      }
      if (ns.labels[DATAPLANE_MODE_LABEL] === "ambient") continue;
      if ((injection === void 0 || injection === "") && !Object.hasOwn(ns.labels, REVISION_LABEL)) {
        if (enabledByDefault(ctx.index, ns.labels[REVISION_LABEL] ?? "")) {
          ctx.report({
            ...base,
            pointer: joinPointer(ns.located.pointer, "metadata", "name"),
            istioCode: "IST0148",
            message: "the Namespace is enabled for Istio injection, as the injector is installed with enableNamespacesByDefault: true"
          });
          continue;
        }
        ctx.report({
          ...base,
          pointer: joinPointer(ns.located.pointer, "metadata", "name"),
          istioCode: "IST0102",
          message: `the Namespace is not enabled for Istio injection; label it istio-injection=enabled (kubectl label namespace ${ns.name} istio-injection=enabled), or istio-injection=disabled to mark it as not needing injection`
        });
      }
    }
  }
};

// src/lint/rules/policy-workloads.ts
var policyWorkloads = {
  meta: {
    id: "policy-workloads",
    severity: "warning",
    istioCodes: ["IST0127", "IST0101"],
    description: "Every AuthorizationPolicy applies to pods of the input, and the namespaces its rules name are Namespaces of the input.",
    help: "An AuthorizationPolicy applies to the pods its `selector.matchLabels` matches in its namespace (in the root namespace, the root namespace of the mesh config, istio-system by default, in every namespace), or without a selector to every pod of its namespace. One that matches no pod of the input does nothing: IST0127 (fix the labels, or pass the workloads with `--context`). A `from.source.namespaces` or `notNamespaces` entry that matches no Namespace object of the input (`*`, `prefix*` and `*suffix` patterns allowed) is IST0101, as istioctl analyze reports it: include the Namespace manifests, or fix the name.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0127/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const ROOT_NAMESPACE = ctx.settings.mesh.rootNamespace;
    for (const ap of t.authorizationPolicies) {
      const ns = ap.obj.namespace;
      const inScope = (p) => ns === ROOT_NAMESPACE || p.namespace === ns;
      const matched = ap.selector === void 0 ? ns === ROOT_NAMESPACE || t.pods.some(inScope) : t.findPodWith(ap.selector, inScope) !== void 0;
      if (!matched) {
        const labels = ap.selector === void 0 ? "" : selectorString(ap.selector);
        ctx.report({
          doc: ap.obj.doc,
          object: ap.obj.located,
          pointer: ap.selectorPointer,
          istioCode: "IST0127",
          message: `no pod of the input matches this policy${labels ? ` (labels ${labels})` : ` (no pod in namespace ${JSON.stringify(ns)})`}; it has no effect`
        });
      }
      checkNamespaces(ctx, ap);
    }
  }
};
function checkNamespaces(ctx, ap) {
  const names = [...ctx.index.namespaces.values()].filter(isAnalyzedByIstio).map((n) => n.name);
  const rules = Array.isArray(ap.spec.rules) ? ap.spec.rules : [];
  rules.forEach((rule, i) => {
    const from = isMap(rule) && Array.isArray(rule.from) ? rule.from : [];
    from.forEach((f, j) => {
      const source = isMap(f) && isMap(f.source) ? f.source : {};
      for (const field of ["namespaces", "notNamespaces"]) {
        const list = Array.isArray(source[field]) ? source[field] : [];
        list.forEach((exp, k) => {
          if (typeof exp !== "string" || names.some((n) => namespaceMatch(n, exp))) return;
          ctx.report({
            doc: ap.obj.doc,
            object: ap.obj.located,
            pointer: joinPointer(ap.obj.located.pointer, "spec", "rules", i, "from", j, "source", field, k),
            istioCode: "IST0101",
            severity: "error",
            message: `referenced namespace not found: ${JSON.stringify(exp)}; no Namespace of the input matches it`
          });
        });
      }
    });
  });
}
function namespaceMatch(ns, exp) {
  if (exp === "*") return true;
  if (exp.startsWith("*")) return ns.endsWith(exp.slice(1));
  if (exp.endsWith("*")) return ns.startsWith(exp.slice(0, -1));
  return ns.toLowerCase() === exp.toLowerCase();
}

// src/lint/rules/port-name.ts
var GENERATED_BY = /* @__PURE__ */ new Set(["istio.io-gateway-controller", "istio.io-mesh-controller", "istio.io-eastwest-controller"]);
var portName = {
  meta: {
    id: "port-name",
    severity: "info",
    istioCodes: ["IST0118", "IST0150"],
    description: "Every Service port names its protocol, by `appProtocol` or by a name of the form `<protocol>[-<suffix>]`.",
    help: "Istio picks a port's protocol from `appProtocol`, else from the port name `<protocol>[-<suffix>]` (case-insensitive): http, http2, https, grpc, grpc-web, http_proxy, mongo, mysql, redis, tcp, tls, udp, or for appProtocol also kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss. A `protocol: UDP` port is UDP. Any other port (unnamed, or `web`, or `http2foo`) goes through protocol detection and is carried as plain TCP when nothing is detected (IST0118). Ports 25, 53, 3306 and 27017 are plain TCP without detection: Istio does not report them, kube-inject does (without a code). An ExternalName Service's port named `tcp` or naming no protocol is IST0150 (a warning): the proxy may not forward its TCP traffic. Name the port, for example `http-web` or `tcp-mysql`, or set `appProtocol`. Services of kube-system, kube-public, kube-node-lease and local-path-storage, the control plane's own (a label `istio`, or `release: istio`) and those Istio's gateway controllers generate are not checked, as in Istio.",
    docs: "https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/"
  },
  check(ctx) {
    for (const svc of ctx.index.services) {
      if (!isAnalyzedByIstio(svc) || isIstioControlPlane(svc) || GENERATED_BY.has(svc.labels[GATEWAY_MANAGED_LABEL] ?? "")) continue;
      for (const p of svc.ports) {
        const base = { doc: svc.doc, object: svc.located, pointer: p.pointer };
        if (svc.type === "ExternalName") {
          if (p.protocol.by === "none" || p.name === "tcp") {
            const what2 = p.name === "tcp" ? 'is named "tcp"' : p.name === void 0 ? "has no name" : `is named ${JSON.stringify(p.name)}, which names no protocol`;
            ctx.report({
              ...base,
              severity: "warning",
              istioCode: "IST0150",
              message: `port ${p.port ?? "?"} of the ExternalName Service ${what2}: the proxy may not forward its TCP traffic; name it after its protocol (e.g. "tls-db", "http-api")`
            });
          }
          continue;
        }
        if (p.protocol.by !== "none" && p.protocol.by !== "well-known port") continue;
        const port = `port ${p.port ?? "?"} (targetPort ${p.targetPort})`;
        const what = p.appProtocol !== void 0 ? `the appProtocol ${JSON.stringify(p.appProtocol)} of ${port} is not a protocol Istio knows` : p.name === void 0 ? `${port} has no name` : `${port} is named ${JSON.stringify(p.name)}, which does not start with a protocol Istio knows`;
        ctx.report({
          ...base,
          istioCode: p.protocol.by === "none" ? "IST0118" : null,
          message: `${what}: Istio will treat it as plain TCP${p.protocol.by === "none" ? ", after protocol detection" : " (a well-known server-first port, so without protocol detection)"}; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol`
        });
      }
    }
  }
};

// src/lint/rules/proxy-uid.ts
var ISTIO_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment"]);
var proxyUid = {
  meta: {
    id: "proxy-uid",
    severity: "error",
    istioCode: "IST0144",
    description: "No application container runs as UID 1337, the sidecar proxy's user.",
    help: "Istio tells its own traffic apart by user ID 1337: traffic from that UID is not redirected through Envoy, so an application running as 1337 bypasses the mesh. Set a different runAsUser in the pod or container securityContext. IST0144 is Istio's code for Pods and Deployments (checked even when opted out of injection, as Istio does); the other workload kinds are kube-inject's own check, for pods that take a sidecar.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/#pod-requirements"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const istio = ISTIO_KINDS.has(w.kind) && isAnalyzedByIstio(w) && !isIstioControlPlane(w);
      if (!istio && optOutReason(w) !== void 0) continue;
      const base = { doc: w.doc, object: w.located, istioCode: istio ? void 0 : null };
      if (isMap(w.podSpec.securityContext) && w.podSpec.securityContext.runAsUser === PROXY_UID) {
        ctx.report({
          ...base,
          pointer: joinPointer(w.templatePointer, "spec", "securityContext", "runAsUser"),
          message: `the pod runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`
        });
      }
      for (const c of appContainersOf(w)) {
        if (c.init || c.name === "istio-operator") continue;
        const sc = c.container.securityContext;
        if (!isMap(sc) || sc.runAsUser !== PROXY_UID) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(c.pointer, "securityContext", "runAsUser"),
          message: `container ${JSON.stringify(c.name)} runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`
        });
      }
    }
  }
};

// src/lint/rules/reserved-port.ts
var reservedPort = {
  meta: {
    id: "reserved-port",
    severity: "error",
    description: "No application container listens on a port the Istio sidecar reserves.",
    help: `The sidecar listens on ${[...RESERVED_PORTS.keys()].join(", ")} in the pod's network namespace; an application port there clashes with it, and traffic to it is captured by Envoy. Move the application to another port.`,
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/#ports-used-by-istio"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      for (const c of appContainersOf(w)) {
        const ports = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((p, i) => {
          if (!isMap(p) || typeof p.containerPort !== "number") return;
          const use = RESERVED_PORTS.get(p.containerPort);
          if (use === void 0) return;
          ctx.report({
            doc: w.doc,
            object: w.located,
            pointer: joinPointer(c.pointer, "ports", i),
            message: `container ${JSON.stringify(c.name)} listens on port ${p.containerPort}, which the Istio sidecar reserves (${use})`
          });
        });
      }
    }
  }
};

// src/lint/istio-port-conflicts.ts
var cache3 = /* @__PURE__ */ new WeakMap();
function istioPortConflicts(w, index) {
  if (cache3.has(w)) return cache3.get(w);
  const result = compute(w, index);
  cache3.set(w, result);
  return result;
}
function compute(w, index) {
  if (w.kind !== "Deployment" || !isAnalyzedByIstio(w)) return null;
  if (w.labels[GATEWAY_MANAGED_LABEL] === "istio.io-mesh-controller" || !inMeshForIstio(w, index)) return null;
  let answer = byServices.get(w.services);
  if (!answer) byServices.set(w.services, answer = conflictsOf(w.services));
  return answer;
}
var byServices = /* @__PURE__ */ new WeakMap();
function conflictsOf(services) {
  const protocols = /* @__PURE__ */ new Map();
  const targetPorts = /* @__PURE__ */ new Map();
  for (const svc of services) {
    svc.ports.forEach((port) => {
      if (port.port === void 0) return;
      const protocol = port.k8sProtocol;
      const byProtocol = protocols.get(port.port) ?? /* @__PURE__ */ new Map();
      protocols.set(port.port, byProtocol);
      byProtocol.set(protocol, [...byProtocol.get(protocol) ?? [], { svc, port }]);
      const byPort = targetPorts.get(port.targetPort) ?? /* @__PURE__ */ new Map();
      targetPorts.set(port.targetPort, byPort);
      const list = byPort.get(port.port) ?? [];
      if (!list.includes(svc)) list.push(svc);
      byPort.set(port.port, list);
    });
  }
  for (const [k, v] of protocols) if (v.size < 2) protocols.delete(k);
  for (const [k, v] of targetPorts) if (v.size < 2) targetPorts.delete(k);
  return { protocols, targetPorts };
}

// src/lint/rules/service-association.ts
function reportedByIstio(w, index, c) {
  const istio = istioPortConflicts(w, index);
  if (!istio) return false;
  return c.code === "IST0116" ? istio.protocols.has(Number(c.port)) : istio.targetPorts.has(c.port);
}
var SERVICE_LESS_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var svcId = (s) => describeObject("Service", s.namespace, s.name);
var wlId = (w) => describeObject(w.kind, w.namespace, w.name);
var serviceAssociation = {
  meta: {
    id: "service-association",
    severity: "warning",
    description: "Every workload is selected by a Service; Services that select the same pods agree on ports and protocols.",
    help: "Istio routes to pods through the Services that select them. Add a Service whose selector matches the pod template labels. When several Services select the same pods, give each port number one protocol, as Istio derives it from the port name or appProtocol (an error), and send each targetPort from one port only (a warning). These carry no Istio code: Istio compares the Kubernetes `protocol` field instead, on Deployments in the mesh only (the `service-port-conflict` rule, IST0116/IST0137); a conflict that rule reports on every workload involved is not repeated here. A pod selected by more than one Service is reported as info; set the option `maxServices: 1` to make it an error, as Istio once required.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/",
    optionsSchema: { type: "object", properties: { maxServices: { type: "integer", minimum: 1 } } }
  },
  check(ctx) {
    const maxServices = typeof ctx.options.maxServices === "number" ? ctx.options.maxServices : void 0;
    const conflicts = /* @__PURE__ */ new Map();
    const found = /* @__PURE__ */ new Map();
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const labels = podMetaPointer(w, "labels");
      const n = w.services.length;
      if (n === 0) {
        if (!SERVICE_LESS_KINDS.has(w.kind)) {
          ctx.report({ doc: w.doc, object: w.located, pointer: labels, message: "no Service in the input selects the pods; Istio routes traffic to pods through their Services" });
        }
        continue;
      }
      if (n > 1) {
        const over = maxServices !== void 0 && n > maxServices;
        const message = `the pods are selected by ${n} Services (${listed(w.services, svcId)})` + (over ? `; maxServices allows ${maxServices}` : "");
        ctx.report({ doc: w.doc, object: w.located, pointer: labels, message, severity: over ? "error" : "info" });
        let shared = found.get(w.services);
        if (shared === void 0) found.set(w.services, shared = collectConflicts(w, conflicts));
        else for (const c of shared) c.workloads.push(w);
      }
    }
    for (const c of conflicts.values()) {
      if (c.workloads.every((w) => reportedByIstio(w, ctx.index, c))) continue;
      const message = `${c.detail}, and they select the same pods (${listed(c.workloads, wlId)})`;
      const severity = c.code === "IST0116" ? "error" : "warning";
      ctx.report({ doc: c.at.svc.doc, object: c.at.svc.located, pointer: c.at.port.pointer, message, severity });
    }
  }
};
var MAX_LISTED = 10;
function listed(items, name) {
  const names = items.slice(0, MAX_LISTED).map(name).join(", ");
  return items.length <= MAX_LISTED ? names : `${names} and ${items.length - MAX_LISTED} more`;
}
function collectConflicts(w, out) {
  const mine = [];
  const byPort = /* @__PURE__ */ new Map();
  const byTarget = /* @__PURE__ */ new Map();
  for (const svc of w.services) {
    for (const port of svc.ports) {
      if (port.port !== void 0) push(byPort, port.port, { svc, port });
      push(byTarget, port.targetPort, { svc, port });
    }
  }
  for (const [num, uses] of byPort) {
    const label = (u) => protocolLabel(u.port.protocol);
    if (!uses.some((a) => uses.some((b) => a.svc !== b.svc && label(a) !== label(b)))) continue;
    const list = listed(uses, (u) => `${label(u)} in ${svcId(u.svc)}`);
    mine.push(add(out, "IST0116", `${num}`, uses, `Services give port ${num} different protocols (${list})`, w));
  }
  for (const [target, uses] of byTarget) {
    const ports = new Set(uses.map((u) => u.port.port));
    const services = new Set(uses.map((u) => u.svc));
    if (ports.size < 2 || services.size < 2) continue;
    const list = listed(uses, (u) => `${u.port.port} in ${svcId(u.svc)}`);
    mine.push(add(out, "IST0137", target, uses, `Services map targetPort ${target} to different ports (${list})`, w));
  }
  return mine;
}
function push(m, k, v) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
function add(out, code, port, uses, detail, w) {
  const key = `${code}|${port}|${uses.map((u) => u.port.pointer + "@" + svcId(u.svc)).join(",")}`;
  const existing = out.get(key);
  if (existing) {
    existing.workloads.push(w);
    return existing;
  }
  const created = { code, port, at: uses[uses.length - 1], detail, workloads: [w] };
  out.set(key, created);
  return created;
}

// src/lint/rules/service-port-conflict.ts
var svcId2 = (s) => describeObject("Service", s.namespace, s.name);
var servicePortConflict = {
  meta: {
    id: "service-port-conflict",
    severity: "warning",
    istioCodes: ["IST0116", "IST0137"],
    description: "The Services selecting a Deployment in the mesh give each port one Kubernetes protocol and reach each targetPort from one port (as istioctl analyze checks).",
    help: "Istio's own check, reported where Istio reports it: on the Deployment (its metadata.name), for Deployments Istio counts as in the mesh (an istio-proxy container, the label or annotation `sidecar.istio.io/inject: \"true\"`, or a Namespace in the input labelled `istio-injection=enabled`). IST0116: Services use one port number with different `protocol` fields (TCP when unset). IST0137: one targetPort is reached from different port numbers. Give each port number one protocol and each targetPort one port. Conflicts of the protocols Istio derives from port names are the `service-association` rule's.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0116/"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const conflicts = istioPortConflicts(w, ctx.index);
      if (!conflicts) continue;
      const base = { doc: w.doc, object: w.located, pointer: joinPointer(w.located.pointer, "metadata", "name") };
      for (const [port, byProtocol] of conflicts.protocols) {
        const uses = [...byProtocol].flatMap(([protocol, list]) => list.map((u) => `${protocol} in ${svcId2(u.svc)}`));
        ctx.report({
          ...base,
          istioCode: "IST0116",
          message: `the pods are selected by Services that use port ${port} with different protocols (${uses.join(", ")})`
        });
      }
      for (const [target, byPort] of conflicts.targetPorts) {
        const uses = [...byPort].sort((a, b) => a[0] - b[0]).map(([port, svcs]) => `${port} in ${svcs.map(svcId2).join(" and ")}`);
        ctx.report({
          ...base,
          istioCode: "IST0137",
          message: `the pods are selected by Services that send targetPort ${target} from different ports (${uses.join(", ")})`
        });
      }
    }
  }
};

// src/lint/rules/serviceentry-ports.ts
var serviceentryPorts = {
  meta: {
    id: "serviceentry-ports",
    severity: "warning",
    istioCodes: ["IST0134", "IST0177"],
    description: "A ServiceEntry with a TCP port has addresses, and ServiceEntries that share a host and port agree on its protocol.",
    help: "The sidecar tells TCP traffic of different ServiceEntries apart by destination address: a ServiceEntry without `addresses` whose port has protocol TCP (or none) is IST0134, unless the mesh allocates addresses itself (the proxy metadata ISTIO_META_DNS_CAPTURE with ISTIO_META_DNS_AUTO_ALLOCATE in the mesh config given with `--mesh-config`; Istio's default does not). Add `addresses`, or name the port's protocol (HTTP, TLS \u2026). Two ServiceEntries visible to the same namespaces that give one host and port different protocols are IST0177: Istio keeps one of them. Make them agree.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0134/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const allocates = ctx.settings.mesh.allocatesAddresses;
    const byKey = /* @__PURE__ */ new Map();
    for (const se of t.serviceEntries) {
      const spec = specOf(se);
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const hosts = strings(spec.hosts);
      const exportTo = strings(spec.exportTo);
      const scopes = exportsToAll(exportTo) ? [ALL_NAMESPACES] : [...new Set(exportTo.map((e) => e === OWN_NAMESPACE ? se.namespace : e))];
      const status = se.located.object.status;
      const allocated = isMap(status) && Array.isArray(status.addresses) && status.addresses.length > 0;
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const protocol = str(p.protocol);
        if (spec.addresses === void 0 && !allocated && !allocates && (protocol === "" || protocol.toUpperCase() === "TCP")) {
          ctx.report({
            doc: se.doc,
            object: se.located,
            pointer: joinPointer(se.located.pointer, "spec", "ports", i),
            istioCode: "IST0134",
            message: `port ${typeof p.number === "number" ? p.number : "?"} is TCP and the ServiceEntry has no addresses: the sidecar cannot tell its traffic from other TCP traffic on that port; add addresses`
          });
        }
        if (typeof p.number !== "number") return;
        for (const scope of scopes) {
          for (const h of hosts) {
            const key = JSON.stringify([scope, h, p.number]);
            byKey.set(key, [...byKey.get(key) ?? [], { protocol: protocol.toUpperCase(), se }]);
          }
        }
      });
    }
    const reported = /* @__PURE__ */ new Set();
    for (const [key, own] of byKey) {
      const [scope, host, port] = JSON.parse(key);
      const entries = scope === ALL_NAMESPACES ? own : [...own, ...byKey.get(JSON.stringify([ALL_NAMESPACES, host, port])) ?? []];
      const protocols = [...new Set(entries.map((e) => e.protocol))].sort();
      if (protocols.length < 2) continue;
      const ses = [...new Set(entries.map((e) => e.se))].sort((a, b) => refKey(a.namespace, a.name) < refKey(b.namespace, b.name) ? -1 : 1);
      const names = ses.map((se) => describeObject("ServiceEntry", se.namespace, se.name)).join(", ");
      for (const se of ses) {
        if (reported.has(se)) continue;
        reported.add(se);
        ctx.report({
          doc: se.doc,
          object: se.located,
          pointer: joinPointer(se.located.pointer, "metadata", "name"),
          istioCode: "IST0177",
          message: `${names} define host ${JSON.stringify(host)} port ${port} with conflicting protocols (${protocols.map((p) => p || "(none)").join(", ")})`
        });
      }
    }
  }
};

// src/lint/rules/sidecar-present.ts
function expectation(w, index) {
  const ns = index.namespaces.get(w.namespace);
  if (!ns) return "ours";
  const injection = namespaceLabel(ns, INJECTION_LABEL);
  if (injection === "enabled") return w.kind === "Pod" && w.namespace !== "istio-system" ? "istio" : "ours";
  if (injection !== void 0) return void 0;
  const revision = namespaceLabel(ns, REVISION_LABEL);
  return revision !== void 0 && revision !== "" ? "ours" : void 0;
}
var sidecarPresent = {
  meta: {
    id: "sidecar-present",
    severity: "error",
    istioCode: "IST0103",
    description: "With `lint --expect-injected`: every pod that is expected to be injected carries the istio-proxy container.",
    help: "For manifests that should already be injected (the output of `kube-inject`, or of `istioctl kube-inject`). A pod without an istio-proxy container (in containers, or in initContainers as a native sidecar) is outside the mesh. Which pods are expected: those in a Namespace of the input labelled `istio-injection=enabled` or with an `istio.io/rev` revision label; a Namespace labelled `istio-injection` with any other value (`disabled`), or with neither label, expects none; when the Namespace is not in the input, every pod is expected (that is what --expect-injected says). A pod opted out with the label (or annotation) `sidecar.istio.io/inject: \"false\"`, on the host network, or in kube-system, kube-public, kube-node-lease or local-path-storage is never expected. Only a Pod in an `istio-injection=enabled` Namespace gets Istio's code IST0103, as istioctl analyze checks Pods only and only there; the other findings are kube-inject's own. Inject the pods again, or opt them out explicitly. Only checked with --expect-injected.",
    docs: "https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/"
  },
  check(ctx) {
    if (!ctx.settings.expectInjected) return;
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const expected = expectation(w, ctx.index);
      if (!expected) continue;
      if (containersOf(w).some((c) => c.name === PROXY_CONTAINER)) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, "spec", "containers"),
        istioCode: expected === "istio" ? "IST0103" : null,
        message: `the pods have no ${PROXY_CONTAINER} container; inject them, or opt them out with the label sidecar.istio.io/inject: "false"`
      });
    }
  }
};

// src/lint/rules/sidecar-selector.ts
function namespaceInAmbientMode(labels) {
  if (labels[INJECTION_LABEL] === "enabled") return false;
  if ((labels[REVISION_LABEL] ?? "") !== "") return false;
  return labels[DATAPLANE_MODE_LABEL] === "ambient";
}
var sidecarSelector = {
  meta: {
    id: "sidecar-selector",
    severity: "error",
    istioCodes: ["IST0101", "IST0110", "IST0111", "IST0167"],
    description: "Every Sidecar resource's workloadSelector matches pods of its namespace, no pod is selected by two, and a namespace has at most one Sidecar without a selector.",
    help: "A Sidecar with `workloadSelector.labels` applies to the pods of its namespace with those labels; when none of the input has them it does nothing (IST0101). Two Sidecars selecting one pod (IST0110), or two without a selector in one namespace (IST0111), leave it undefined which applies. Merge them, or make their selectors disjoint. A Sidecar for pods in ambient mode (a Namespace labelled istio.io/dataplane-mode=ambient without an injection label, or pods annotated ambient.istio.io/redirection: enabled) has no effect: IST0167 (a warning).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0110/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = /* @__PURE__ */ new Map();
    const unselective = /* @__PURE__ */ new Map();
    for (const sc of t.sidecars) {
      const sel = sc.selector;
      if (sel === void 0 || Object.keys(sel).length === 0) {
        unselective.set(sc.obj.namespace, [...unselective.get(sc.obj.namespace) ?? [], sc]);
        continue;
      }
      const pods = t.podsWith(sel).filter((p) => p.namespace === sc.obj.namespace);
      for (const p of pods) byPod.set(p, [...byPod.get(p) ?? [], sc]);
      if (pods.length === 0) {
        const first = Object.keys(sel).sort()[0];
        ctx.report({
          doc: sc.obj.doc,
          object: sc.obj.located,
          pointer: joinPointer(sc.selectorPointer, first),
          istioCode: "IST0101",
          message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(sc.obj.namespace)} in the input has these labels`
        });
      }
    }
    const names = (list) => [...list].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((s) => describeObject("Sidecar", s.obj.namespace, s.obj.name)).join(", ");
    const ineffective = /* @__PURE__ */ new Set();
    const ambient = (sc, reason) => {
      if (ineffective.has(sc)) return;
      ineffective.add(sc);
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, "metadata", "name"),
        severity: "warning",
        istioCode: "IST0167",
        message: `the policy has no impact: ${reason}`
      });
    };
    const reportEach = (list, istioCode, message) => {
      for (const sc of list) ctx.report({ doc: sc.obj.doc, object: sc.obj.located, pointer: joinPointer(sc.obj.located.pointer, "metadata", "name"), istioCode, message });
    };
    for (const [pod, list] of byPod) {
      if (pod.podAnnotations[AMBIENT_REDIRECTION_ANNOTATION] === "enabled") {
        for (const sc of list) ambient(sc, "selected workload is in ambient mode, the policy has no impact");
        continue;
      }
      if (list.length >= 2) reportEach(list, "IST0110", `${names(list)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior`);
    }
    for (const [ns, list] of unselective) {
      const namespace = ctx.index.namespaces.get(ns);
      if (namespace && namespaceInAmbientMode(namespace.labels)) {
        for (const sc of list) ambient(sc, "namespace is in ambient mode, the policy has no impact");
        continue;
      }
      if (list.length >= 2) reportEach(list, "IST0111", `${names(list)} in namespace ${JSON.stringify(ns)} have no workload selector, which can lead to undefined behavior`);
    }
  }
};

// src/lint/rules/telemetry-selector.ts
var telemetrySelector = {
  meta: {
    id: "telemetry-selector",
    severity: "error",
    istioCodes: ["IST0101", "IST0157", "IST0159", "IST0160"],
    description: "Every Telemetry's selector matches pods of its namespace, no pod is selected by two, a namespace has at most one Telemetry without a selector, and access logging names a provider.",
    help: "A Telemetry with `selector.matchLabels` applies to the pods of its namespace with those labels: none in the input is IST0101; two Telemetries selecting one pod are IST0159; two without a selector in one namespace are IST0160 (it is undefined which applies). An `accessLogging` entry that is not disabled and names no `providers` is ignored when the mesh config has no default access-log provider, which Istio's default has not: IST0157 (a warning).",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0159/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = /* @__PURE__ */ new Map();
    const unselective = /* @__PURE__ */ new Map();
    const names = (list) => [...list].sort((a, b) => refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1).map((s) => describeObject("Telemetry", s.obj.namespace, s.obj.name)).join(", ");
    for (const tm of t.telemetries) {
      const base = { doc: tm.obj.doc, object: tm.obj.located };
      if (tm.selector === void 0) unselective.set(tm.obj.namespace, [...unselective.get(tm.obj.namespace) ?? [], tm]);
      else if (Object.keys(tm.selector).length > 0) {
        const sel = tm.selector;
        const pods = t.podsWith(sel).filter((p) => p.namespace === tm.obj.namespace);
        for (const p of pods) byPod.set(p, [...byPod.get(p) ?? [], tm]);
        if (pods.length === 0) {
          ctx.report({
            ...base,
            pointer: joinPointer(tm.selectorPointer, Object.keys(sel).sort()[0]),
            istioCode: "IST0101",
            message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(tm.obj.namespace)} in the input has these labels`
          });
        }
      }
      const logging = !ctx.settings.mesh.defaultAccessLogProviders && Array.isArray(tm.spec.accessLogging) ? tm.spec.accessLogging : [];
      logging.forEach((l, i) => {
        if (!isMap(l) || l.disabled === true) return;
        if (Array.isArray(l.providers) && l.providers.length > 0) return;
        ctx.report({
          ...base,
          pointer: joinPointer(tm.obj.located.pointer, "spec", "accessLogging", i),
          severity: "warning",
          istioCode: "IST0157",
          message: "this accessLogging entry names no providers, and the mesh config has no default access-log provider: it will be ignored"
        });
      });
    }
    const at2 = (tm) => ({ doc: tm.obj.doc, object: tm.obj.located, pointer: joinPointer(tm.obj.located.pointer, "metadata", "name") });
    for (const [pod, list] of byPod) {
      if (list.length < 2) continue;
      for (const tm of list) {
        ctx.report({ ...at2(tm), istioCode: "IST0159", message: `${names(list)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior` });
      }
    }
    for (const [ns, list] of unselective) {
      if (list.length < 2) continue;
      for (const tm of list) {
        ctx.report({ ...at2(tm), istioCode: "IST0160", message: `${names(list)} in namespace ${JSON.stringify(ns)} have no workload selector, which can lead to undefined behavior` });
      }
    }
  }
};

// src/lint/rules/unknown-annotation.ts
var unknownAnnotation = {
  meta: {
    id: "unknown-annotation",
    severity: "warning",
    istioCode: "IST0108",
    description: "Every annotation in an Istio namespace (`*.istio.io`) is one Istio knows.",
    help: "Istio ignores annotations it does not know, so a misspelt key silently does nothing. Fix the key (the finding suggests the closest known one), or move a label that was written as an annotation to `labels`.",
    docs: "https://istio.io/latest/docs/reference/config/annotations/"
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        if (!isIstioKey(key) || key === IGNORE_ANNOTATION || lookupAnnotation(key)) continue;
        const suggestion = suggestAnnotation(key);
        const hint = lookupLabel(key) ? `; ${key} is a label, not an annotation` : suggestion ? `; did you mean ${JSON.stringify(suggestion)}?` : "";
        ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key), istioCode: istioCodeAt(s), message: `unknown annotation ${JSON.stringify(key)}${hint}` });
      }
    }
  }
};

// src/lint/rules/virtualservice-destination.ts
var virtualserviceDestination = {
  meta: {
    id: "virtualservice-destination",
    severity: "error",
    istioCodes: ["IST0101", "IST0112"],
    description: "Every VirtualService route and mirror goes to a host the mesh knows (a Service or ServiceEntry of the input), on a port it has.",
    help: "A destination `host` is resolved as Istio does: a short name in the VirtualService's namespace, `<name>.<namespace>.svc.cluster.local` for another namespace, any other name as a ServiceEntry host (wildcards match), seen only where the Service's `networking.istio.io/exportTo` or the ServiceEntry's `exportTo` allows. A host that resolves to nothing is IST0101: fix the name, or add the Service or ServiceEntry (a ServiceEntry for an external host). A `port.number` the host does not have is IST0101 too. A host with more than one port needs `port.number` in the destination (IST0112), or Envoy cannot tell which one to use.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      for (const [list, what] of [[vs.routes, "host"], [vs.mirrors, "mirror host"]]) {
        for (const d of list) {
          const found = t.hosts.lookup(vs.obj.namespace, vs.exportTo, d.host.value);
          if (!found) {
            report2(ctx, vs, d.host.pointer, "IST0101", `referenced ${what} not found: ${JSON.stringify(d.host.value)}; no Service or ServiceEntry of the input defines it for namespace ${JSON.stringify(vs.obj.namespace)}`);
            continue;
          }
          checkPorts(ctx, vs, d, found);
        }
      }
    }
  }
};
function report2(ctx, vs, pointer, istioCode, message) {
  ctx.report({ doc: vs.obj.doc, object: vs.obj.located, pointer, istioCode, message });
}
function checkPorts(ctx, vs, d, found) {
  const numbers = found.ports.map((p) => p.number);
  const source = describeObject(found.source.kind, found.source.namespace, found.source.name);
  if (!d.port) {
    if (numbers.length > 1) {
      report2(ctx, vs, d.host.pointer, "IST0112", `the destination ${JSON.stringify(d.host.value)} (${source}) exposes ports ${numbers.join(", ")}; name one with port.number`);
    }
    return;
  }
  if (!numbers.includes(d.port.value)) {
    report2(ctx, vs, d.port.pointer, "IST0101", `referenced host:port not found: "${d.host.value}:${d.port.value}"; ${source} has port${numbers.length === 1 ? "" : "s"} ${numbers.join(", ") || "none"}`);
  }
}

// src/lint/rules/virtualservice-gateway.ts
var MESH = "mesh";
var INTERNAL_GATEWAY = "~istio-autogenerated-k8s-gateway~";
var virtualserviceGateway = {
  meta: {
    id: "virtualservice-gateway",
    severity: "error",
    istioCodes: ["IST0101", "IST0132", "IST0165"],
    description: "Every gateway a VirtualService binds to exists in the input, and serves at least one of its hosts.",
    help: "An entry of `gateways` other than `mesh` names a Gateway (`name` in the VirtualService's namespace, or `namespace/name`), an Istio Gateway or a Gateway API Gateway. One the input does not have is IST0101 (an error). A Gateway none of whose servers' hosts match a host of the VirtualService (`ns/host` entries of other namespaces do not count; `*` matches all) does not route it: IST0132 (a warning; Istio reports it for a missing Gateway too). A reference to an internal Gateway Istio generates for the Gateway API (`\u2026~istio-autogenerated-k8s-gateway~\u2026`) is IST0165: bind to the Gateway API resource instead.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0132/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      const hosts = vs.hosts.map((h) => h.value);
      for (const gw of vs.gateways) {
        if (gw.value === MESH) continue;
        const base = { doc: vs.obj.doc, object: vs.obj.located, pointer: gw.pointer };
        const vsName = describeObject("VirtualService", vs.obj.namespace, vs.obj.name);
        const slash = gw.value.indexOf("/");
        if ((slash < 0 ? gw.value : gw.value.slice(slash + 1)).includes(INTERNAL_GATEWAY)) {
          ctx.report({ ...base, severity: "warning", istioCode: "IST0165", message: `the gateway ${JSON.stringify(gw.value)} of ${vsName} is an internal Gateway Istio generates; reference the Gateway API Gateway instead` });
          continue;
        }
        const key = slash < 0 ? refKey(vs.obj.namespace, gw.value) : gw.value;
        const istio = t.gateways.filter((g) => refKey(g.obj.namespace, g.obj.name) === key);
        const kube = istio.length === 0 ? t.kubernetesGateways.get(key) : void 0;
        if (istio.length === 0 && !kube) {
          ctx.report({ ...base, istioCode: "IST0101", message: `referenced gateway not found: ${JSON.stringify(gw.value)}; no ${describeObject("Gateway", ...split(key))} in the input` });
        }
        const served = kube ? kubeGatewayServes(kube, hosts) : gatewayServes(istio, hosts, vs.obj.namespace);
        if (!served) {
          ctx.report({
            ...base,
            severity: "warning",
            istioCode: "IST0132",
            message: `no host of ${vsName} (${hosts.join(", ") || "none"}) is among the hosts of ${describeObject("Gateway", ...split(key))}`
          });
        }
      }
    }
  }
};
function split(key) {
  const i = key.indexOf("/");
  return [key.slice(0, i), key.slice(i + 1)];
}
function gatewayServes(gateways, vsHosts, vsNamespace) {
  const gatewayHosts = [];
  for (const g of gateways) {
    for (const server of g.servers) {
      let hosts = [...server.hosts];
      for (let i = 0; i < hosts.length; i++) {
        const h = hosts[i];
        if (!h.includes("/")) continue;
        const [ns, name] = h.split("/");
        if (ns === ".") hosts[i] = refKey(g.obj.namespace, name);
        else if (ns === "*") {
          if (name === "*") {
            hosts = ["*"];
            break;
          }
          hosts[i] = name;
        }
      }
      gatewayHosts.push(...hosts);
    }
  }
  return namesForNamespace(gatewayHosts, vsNamespace).some((gh) => vsHosts.some((vh) => hostsMatch(gh, vh)));
}
function kubeGatewayServes(gw, vsHosts) {
  const listeners = specOf(gw).listeners;
  const names = [];
  for (const l of Array.isArray(listeners) ? listeners : []) {
    const h = isMap(l) ? l.hostname : void 0;
    if (typeof h !== "string" || h === "") return true;
    names.push(h);
  }
  return names.some((gh) => vsHosts.some((vh) => hostsMatch(gh, vh)));
}

// src/lint/rules/virtualservice-subset.ts
var virtualserviceSubset = {
  meta: {
    id: "virtualservice-subset",
    severity: "error",
    istioCodes: ["IST0101", "IST0140"],
    description: "Every subset a VirtualService routes or mirrors to is defined by a DestinationRule of the input for that host; gateway routes name the subset the mesh routes use.",
    help: "A route to `subset: v2` of `reviews` needs a DestinationRule whose `host` names the same Service (a short name is read in each resource's own namespace; `reviews.<namespace>.svc.cluster.local` names it from anywhere) and that lists a subset `name: v2`. Without it the proxy has no such cluster and the request fails with 503 (NR): IST0101. Add the subset to the DestinationRule, or fix the name. A VirtualService bound to a gateway that routes to a host without a subset, where a VirtualService for that host routes to subsets, bypasses those subset routes for requests that come in through the gateway: IST0140 (a warning). Name the subset in the gateway's route too.",
    docs: "https://istio.io/latest/docs/reference/config/analysis/ist0101/"
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const known = /* @__PURE__ */ new Set();
    for (const dr of t.destinationRules) {
      const svc = serviceNameOf(dr.obj.namespace, dr.host.value);
      for (const s of dr.subsets) known.add(JSON.stringify([svc.namespace, svc.name, s.name.value]));
    }
    for (const vs of t.virtualServices) {
      for (const [list, what] of [[vs.routes, "host+subset"], [vs.mirrors, "mirror+subset"]]) {
        for (const d of list) {
          if (!d.subset) continue;
          const svc = serviceNameOf(vs.obj.namespace, d.host.value);
          if (known.has(JSON.stringify([svc.namespace, svc.name, d.subset.value]))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.subset.pointer,
            istioCode: "IST0101",
            message: `referenced ${what} in destinationrule not found: "${d.host.value}+${d.subset.value}"; no DestinationRule of the input defines subset ${JSON.stringify(d.subset.value)} for ${svc.name}.${svc.namespace}`
          });
        }
      }
    }
    ingressRoutesWithoutSubset(ctx, t);
  }
};
function ingressRoutesWithoutSubset(ctx, t) {
  const subsetRoutes = /* @__PURE__ */ new Map();
  for (const vs of t.virtualServices) {
    const own = new Set(vs.hosts.map((h) => h.value));
    const hosts = vs.routes.filter((d) => d.rule === "http" && d.subset && own.has(d.host.value)).map((d) => d.host.value);
    if (hosts.length > 0) subsetRoutes.set(vs, hosts);
  }
  for (const vs of t.virtualServices) {
    if (vs.gateways.length === 0) continue;
    for (const d of vs.routes) {
      if (d.rule !== "http" || d.subset) continue;
      for (const [other, hosts] of subsetRoutes) {
        for (const h of hosts) {
          if (h !== d.host.value) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.host.pointer,
            severity: "warning",
            istioCode: "IST0140",
            message: `${describeObject("VirtualService", other.obj.namespace, other.obj.name)} routes ${JSON.stringify(h)} to subsets, which has no effect on the requests this VirtualService routes from its gateway without a subset; name the subset here too`
          });
        }
      }
    }
  }
}

// src/lint/registry.ts
var RULES = [
  appVersionLabels,
  conflictingGateways,
  conflictingMeshVirtualservices,
  deprecatedAnnotation,
  deprecatedField,
  destinationruleHost,
  destinationruleSubset,
  destinationruleTls,
  envoyfilterPatch,
  gatewayCertificate,
  gatewayWorkload,
  hostNetwork,
  imageAuto,
  incompleteWorkload,
  invalidAnnotation,
  jobSidecar,
  jwtClaimRoute,
  misplacedAnnotation,
  namespaceInjection,
  policyWorkloads,
  portName,
  proxyUid,
  reservedPort,
  serviceAssociation,
  servicePortConflict,
  serviceentryPorts,
  sidecarPresent,
  sidecarSelector,
  telemetrySelector,
  unknownAnnotation,
  virtualserviceDestination,
  virtualserviceGateway,
  virtualserviceSubset
];

export {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  findSuppression,
  RULES
};
