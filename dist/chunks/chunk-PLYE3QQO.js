import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  POD_TEMPLATE_PATHS,
  compilePolicy,
  compileSelector,
  describeObject,
  isIstioKey,
  lookupAnnotation,
  lookupLabel,
  selectorMatches,
  skipReason,
  structuredValueError,
  suggestAnnotation,
  unknownProxyConfigFields,
  validateAnnotationValue
} from "./chunk-3N2BWEVG.js";
import {
  GATEWAY_MANAGED_LABEL,
  INJECTED_CONTAINERS,
  INJECT_KEY,
  NATIVE_SIDECAR_ANNOTATION,
  PROXY_CONFIG_ANNOTATION,
  PROXY_CONTAINER,
  PROXY_UID,
  RESERVED_PORTS,
  getAt,
  goTrimSpace,
  isMap,
  joinPointer
} from "./chunk-JNAE65XT.js";

// src/lint/config-defaults.ts
var CONFIG_FILE = ".kube-inject.yaml";
var DEFAULT_CONFIG = { rules: {} };

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
var cache = /* @__PURE__ */ new WeakMap();
function metadataSites(index) {
  let sites = cache.get(index);
  if (!sites) cache.set(index, sites = collectSites(index));
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
          message: `annotation ${JSON.stringify(key)} has been deprecated${instead} and may not work in future Istio versions`
        });
      }
    }
  }
};

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
        const at = { doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key), at: "value" };
        const tooDeep = s.scope === "pod" && typeof value === "string" ? structuredValueError(key, value) : null;
        if (tooDeep) {
          ctx.report({ ...at, message: `annotation ${key}: ${tooDeep} (kube-inject refuses the pod)` });
          continue;
        }
        if (!isIstioKey(key)) continue;
        if (typeof value !== "string") {
          ctx.report({ ...at, message: `annotation ${JSON.stringify(key)}: values must be strings; quote it` });
          continue;
        }
        if (key === IGNORE_ANNOTATION) {
          const unknown = unknownIgnoreEntries(parseIgnore(value), ruleIds(ctx), istioCodes(ctx));
          if (unknown.length > 0) ctx.report({ ...at, severity: "warning", message: `${IGNORE_ANNOTATION} names no rule ${unknown.map((u) => JSON.stringify(u)).join(", ")}` });
          continue;
        }
        const entry = lookupAnnotation(key);
        if (!entry || !placedRight(entry, s.scope)) continue;
        const problem = validateAnnotationValue(key, value);
        if (problem === null) {
          if (key === PROXY_CONFIG_ANNOTATION) {
            const unknown = unknownProxyConfigFields(value);
            if (unknown.length > 0) ctx.report({ ...at, severity: "warning", message: `${key}: ProxyConfig has no field ${unknown.map((u) => JSON.stringify(u)).join(", ")} (Istio ignores it)` });
          }
          continue;
        }
        const consequence = entry.injectorValidated ? "the injector rejects the pod" : "Istio ignores the value";
        ctx.report({
          ...at,
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
  ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, field, entry.name), message });
}

// src/lint/rules/port-name.ts
var portName = {
  meta: {
    id: "port-name",
    severity: "info",
    istioCode: "IST0118",
    description: "Every Service port names its protocol, by `appProtocol` or by a name of the form `<protocol>[-<suffix>]`.",
    help: "Istio picks a port's protocol from `appProtocol`, else from the port name `<protocol>[-<suffix>]` (case-insensitive): http, http2, https, grpc, grpc-web, http_proxy, mongo, mysql, redis, tcp, tls, udp, or for appProtocol also kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss. A `protocol: UDP` port is UDP. Any other port (unnamed, or `web`, or `http2foo`) goes through protocol detection and is carried as plain TCP when nothing is detected (ports 25, 53, 3306 and 27017 are plain TCP without detection). Name the port, for example `http-web` or `tcp-mysql`, or set `appProtocol`.",
    docs: "https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/"
  },
  check(ctx) {
    for (const svc of ctx.index.services) {
      if (svc.type === "ExternalName" || Object.hasOwn(svc.labels, GATEWAY_MANAGED_LABEL)) continue;
      for (const p of svc.ports) {
        if (p.protocol.by !== "none" && p.protocol.by !== "well-known port") continue;
        const port = `port ${p.port ?? "?"} (targetPort ${p.targetPort})`;
        const what = p.appProtocol !== void 0 ? `the appProtocol ${JSON.stringify(p.appProtocol)} of ${port} is not a protocol Istio knows` : p.name === void 0 ? `${port} has no name` : `${port} is named ${JSON.stringify(p.name)}, which does not start with a protocol Istio knows`;
        ctx.report({
          doc: svc.doc,
          object: svc.located,
          pointer: p.pointer,
          message: `${what}: Istio will treat it as plain TCP${p.protocol.by === "none" ? ", after protocol detection" : " (a well-known server-first port, so without protocol detection)"}; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol`
        });
      }
    }
  }
};

// src/lint/rules/proxy-uid.ts
var proxyUid = {
  meta: {
    id: "proxy-uid",
    severity: "error",
    istioCode: "IST0144",
    description: "No application container runs as UID 1337, the sidecar proxy's user.",
    help: "Istio tells its own traffic apart by user ID 1337: traffic from that UID is not redirected through Envoy, so an application running as 1337 bypasses the mesh. Set a different runAsUser in the pod or container securityContext.",
    docs: "https://istio.io/latest/docs/ops/deployment/application-requirements/#pod-requirements"
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      const base = { doc: w.doc, object: w.located };
      if (isMap(w.podSpec.securityContext) && w.podSpec.securityContext.runAsUser === PROXY_UID) {
        ctx.report({
          ...base,
          pointer: joinPointer(w.templatePointer, "spec", "securityContext", "runAsUser"),
          message: `the pod runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`
        });
      }
      for (const c of appContainersOf(w)) {
        if (c.init) continue;
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

// src/lint/rules/service-association.ts
var SERVICE_LESS_KINDS = /* @__PURE__ */ new Set(["Job", "CronJob"]);
var svcId = (s) => describeObject("Service", s.namespace, s.name);
var wlId = (w) => describeObject(w.kind, w.namespace, w.name);
var serviceAssociation = {
  meta: {
    id: "service-association",
    severity: "warning",
    istioCodes: ["IST0116", "IST0137"],
    description: "Every workload is selected by a Service; Services that select the same pods agree on ports and protocols.",
    help: "Istio routes to pods through the Services that select them. Add a Service whose selector matches the pod template labels. When several Services select the same pods, give each port number one protocol (IST0116, an error) and send each targetPort from one port only (IST0137). A pod selected by more than one Service is reported as info; set the option `maxServices: 1` to make it an error, as Istio once required.",
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
      const message = `${c.detail}, and they select the same pods (${listed(c.workloads, wlId)})`;
      const severity = c.code === "IST0116" ? "error" : "warning";
      ctx.report({ doc: c.at.svc.doc, object: c.at.svc.located, pointer: c.at.port.pointer, message, severity, istioCode: c.code });
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
  const created = { code, at: uses[uses.length - 1], detail, workloads: [w] };
  out.set(key, created);
  return created;
}

// src/lint/rules/sidecar-present.ts
var sidecarPresent = {
  meta: {
    id: "sidecar-present",
    severity: "error",
    istioCode: "IST0103",
    description: "With `lint --expect-injected`: every pod that is not opted out carries the istio-proxy container.",
    help: 'For manifests that should already be injected (the output of `kube-inject`, or of `istioctl kube-inject`). A pod without an istio-proxy container (in containers, or in initContainers as a native sidecar) is outside the mesh. Inject it again, or opt it out explicitly with the label `sidecar.istio.io/inject: "false"`. Only checked with --expect-injected.',
    docs: "https://istio.io/latest/docs/setup/additional-setup/sidecar-injection/"
  },
  check(ctx) {
    if (!ctx.settings.expectInjected) return;
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== void 0) continue;
      if (containersOf(w).some((c) => c.name === PROXY_CONTAINER)) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, "spec", "containers"),
        message: `the pods have no ${PROXY_CONTAINER} container; inject them, or opt them out with the label sidecar.istio.io/inject: "false"`
      });
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
        ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, "annotations", key), message: `unknown annotation ${JSON.stringify(key)}${hint}` });
      }
    }
  }
};

// src/lint/registry.ts
var RULES = [
  appVersionLabels,
  deprecatedAnnotation,
  hostNetwork,
  invalidAnnotation,
  jobSidecar,
  misplacedAnnotation,
  portName,
  proxyUid,
  reservedPort,
  serviceAssociation,
  sidecarPresent,
  unknownAnnotation
];

export {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  labelMap,
  compileSelector2 as compileSelector,
  selects,
  findSuppression,
  resolvePortProtocol,
  RULES
};
