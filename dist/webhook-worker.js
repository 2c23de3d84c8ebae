import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  KubeInjectError,
  MAX_NESTING_DEPTH,
  STATUS_ANNOTATION,
  describeObject,
  isMap,
  jsonNestingDepth,
  loadInjectorConfig,
  prepareInjector,
  str
} from "./chunks/chunk-XPP6S6Y2.js";

// src/cli/webhook-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/webhook/admission.ts
var ADMISSION_API_VERSION = "admission.k8s.io/v1";
var ADMISSION_KIND = "AdmissionReview";
var MAX_REVIEW_BYTES = 5 * 1024 * 1024;
var bad = (message) => ({ ok: false, message });
var typeName = (v) => v === void 0 ? "missing" : v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "object" ? "an object" : `a ${typeof v}`;
function parseAdmissionReview(body) {
  if (body.trim() === "") return bad("empty body: expected an admission.k8s.io/v1 AdmissionReview (JSON)");
  if (jsonNestingDepth(body) > MAX_NESTING_DEPTH) return bad(`the body nests deeper than ${MAX_NESTING_DEPTH} levels`);
  let value;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return bad(`the body is not valid JSON: ${e.message}`);
  }
  if (!isMap(value)) return bad(`the body is ${typeName(value)}, not an AdmissionReview object`);
  if (value.kind !== ADMISSION_KIND) return bad(`kind is ${JSON.stringify(value.kind ?? null)}, expected "${ADMISSION_KIND}"`);
  if (value.apiVersion !== ADMISSION_API_VERSION) {
    return bad(`apiVersion is ${JSON.stringify(value.apiVersion ?? null)}, expected "${ADMISSION_API_VERSION}" (set admissionReviewVersions: [v1] in the webhook configuration)`);
  }
  const req = value.request;
  if (!isMap(req)) return bad(`request is ${typeName(req)}, expected an object`);
  if (typeof req.uid !== "string" || req.uid === "") return bad("request.uid is missing: the answer must carry it");
  if (req.operation !== void 0 && typeof req.operation !== "string") return bad(`request.operation is ${typeName(req.operation)}, expected a string`);
  if (req.namespace !== void 0 && typeof req.namespace !== "string") return bad(`request.namespace is ${typeName(req.namespace)}, expected a string`);
  if (isMap(req.kind) && (req.kind.kind !== "Pod" || (req.kind.group ?? "") !== "")) {
    return bad(`request.kind is ${JSON.stringify(`${req.kind.group ? `${String(req.kind.group)}/` : ""}${String(req.kind.kind)}`)}: this webhook injects Pods only (check the rules of the webhook configuration)`);
  }
  const obj = req.object;
  if (!isMap(obj)) return bad(`request.object is ${typeName(obj)}, expected the Pod`);
  if (obj.kind !== void 0 && obj.kind !== "Pod") return bad(`request.object.kind is ${JSON.stringify(obj.kind)}, expected "Pod"`);
  if (obj.metadata !== void 0 && !isMap(obj.metadata)) return bad(`request.object.metadata is ${typeName(obj.metadata)}, expected an object`);
  if (!isMap(obj.spec)) return bad(`request.object.spec is ${typeName(obj.spec)}, expected the PodSpec object`);
  return {
    ok: true,
    request: {
      uid: req.uid,
      operation: typeof req.operation === "string" ? req.operation : "CREATE",
      namespace: typeof req.namespace === "string" ? req.namespace : "",
      object: obj,
      dryRun: req.dryRun === true
    }
  };
}

// src/webhook/json-patch.ts
function escapeToken(token) {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}
function createPatch(from, to) {
  const ops = [];
  diff(from, to, "", ops);
  return ops;
}
function diff(a, b, path, ops) {
  if (a === b) return;
  if (isMap(a) && isMap(b)) return diffObjects(a, b, path, ops);
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, ops);
  if (deepEqual(a, b)) return;
  ops.push({ op: "replace", path, value: b });
}
function diffObjects(a, b, path, ops) {
  for (const key of Object.keys(a)) {
    if (a[key] === void 0) continue;
    const p = `${path}/${escapeToken(key)}`;
    if (!Object.hasOwn(b, key) || b[key] === void 0) ops.push({ op: "remove", path: p });
    else diff(a[key], b[key], p, ops);
  }
  for (const key of Object.keys(b)) {
    if (b[key] === void 0 || Object.hasOwn(a, key) && a[key] !== void 0) continue;
    ops.push({ op: "add", path: `${path}/${escapeToken(key)}`, value: b[key] });
  }
}
function diffArrays(a, b, path, ops) {
  let head = 0;
  const min = Math.min(a.length, b.length);
  while (head < min && deepEqual(a[head], b[head])) head++;
  let tail = 0;
  while (tail < min - head && deepEqual(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const aMid = a.length - head - tail;
  const bMid = b.length - head - tail;
  const common = Math.min(aMid, bMid);
  for (let i = 0; i < common; i++) diff(a[head + i], b[head + i], `${path}/${head + i}`, ops);
  for (let i = common; i < bMid; i++) ops.push({ op: "add", path: `${path}/${head + i}`, value: b[head + i] });
  for (let i = aMid - 1; i >= common; i--) ops.push({ op: "remove", path: `${path}/${head + i}` });
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a;
  const rb = b;
  let count = 0;
  for (const key of Object.keys(ra)) {
    if (ra[key] === void 0) continue;
    count++;
    if (!Object.hasOwn(rb, key) || !deepEqual(ra[key], rb[key])) return false;
  }
  for (const key of Object.keys(rb)) if (rb[key] !== void 0) count--;
  return count === 0;
}

// src/webhook/review.ts
function potentialPodName(meta) {
  const name = str(meta.name);
  if (name !== "") return name;
  const generated = str(meta.generateName);
  return generated !== "" ? `${generated}***` : "";
}
function reviewPod(injector, request, options) {
  const uid = request.uid;
  const given = request.object;
  const metaIn = isMap(given.metadata) ? given.metadata : {};
  const namespace = str(metaIn.namespace) || request.namespace;
  const podName = potentialPodName(metaIn);
  const done = (response, decision) => ({ response, namespace, pod: podName, decision });
  if (request.operation !== "CREATE") return done({ uid, allowed: true }, `skipped: operation ${request.operation}`);
  const annotations = isMap(metaIn.annotations) ? metaIn.annotations : {};
  if (typeof annotations[STATUS_ANNOTATION] === "string" && annotations[STATUS_ANNOTATION] !== "") {
    return done({ uid, allowed: true }, `skipped: already injected (${STATUS_ANNOTATION} is set)`);
  }
  const metadata = { ...metaIn };
  delete metadata.managedFields;
  if (namespace !== "") metadata.namespace = namespace;
  const pod = { ...given, metadata };
  let result;
  try {
    result = injector.inject({ kind: "Pod", apiVersion: "v1", name: str(metadata.name), namespace, podTemplate: pod });
  } catch (e) {
    const message = e instanceof KubeInjectError ? e.message : `internal error: ${e?.message ?? String(e)}`;
    const reason = `kube-inject could not inject the sidecar into ${describeObject("Pod", namespace, podName)}: ${message}`;
    if (options.failClosed) return done({ uid, allowed: false, status: { code: 400, message: reason } }, `error: ${message}`);
    return done({ uid, allowed: true, warnings: [`${reason}; the pod was admitted without a sidecar`] }, `error: ${message}`);
  }
  if (result.outcome === "skipped") return done({ uid, allowed: true }, `skipped: ${result.reason}`);
  const ops = createPatch(given, asGiven(result.podTemplate, metaIn));
  const warnings = result.warnings.length > 0 ? { warnings: [...result.warnings] } : {};
  if (ops.length === 0) return done({ uid, allowed: true, ...warnings }, "unchanged");
  const patch = Buffer.from(JSON.stringify(ops)).toString("base64");
  return done({ uid, allowed: true, patchType: "JSONPatch", patch, ...warnings }, "injected");
}
function asGiven(injected, metaIn) {
  const metadata = { ...isMap(injected.metadata) ? injected.metadata : {} };
  for (const key of ["namespace", "managedFields"]) {
    if (Object.hasOwn(metaIn, key)) metadata[key] = metaIn[key];
    else delete metadata[key];
  }
  return { ...injected, metadata };
}
function reviewAnswer(response) {
  return { apiVersion: ADMISSION_API_VERSION, kind: ADMISSION_KIND, response };
}

// src/webhook/answer.ts
var REVIEW_CACHE_SIZE = 256;
function reviewAnswerer(injector, options, cacheSize = REVIEW_CACHE_SIZE) {
  const cache = /* @__PURE__ */ new Map();
  return (body) => {
    const parsed = parseAdmissionReview(body);
    if (!parsed.ok) return { status: 400, body: `bad AdmissionReview: ${parsed.message}
`, log: `review refused (400): ${parsed.message}` };
    const req = parsed.request;
    const key = cacheSize > 0 ? `${req.namespace}\0${req.operation}\0${JSON.stringify(req.object)}` : "";
    let outcome = cacheSize > 0 ? cache.get(key) : void 0;
    let decision;
    if (outcome) {
      cache.delete(key);
      cache.set(key, outcome);
      decision = `${outcome.decision} (same pod as a previous review)`;
    } else {
      outcome = reviewPod(injector, req, options);
      decision = outcome.decision;
      if (cacheSize > 0) {
        cache.set(key, outcome);
        if (cache.size > cacheSize) cache.delete(cache.keys().next().value);
      }
    }
    const answer2 = reviewAnswer({ ...outcome.response, uid: req.uid });
    const who = `${outcome.namespace || "<no namespace>"}/${outcome.pod || "<no name>"}`;
    return { status: 200, body: JSON.stringify(answer2), log: `review ${JSON.stringify(who)} uid ${JSON.stringify(req.uid)}: ${decision}` };
  };
}

// src/cli/webhook-worker.ts
var setup = workerData;
var answer = reviewAnswerer(prepareInjector(await loadInjectorConfig(setup.inputs, {})), setup.options);
parentPort.on("message", (msg) => {
  parentPort.postMessage({ id: msg.id, answer: answer(msg.body) });
});
parentPort.postMessage({ ready: true });
