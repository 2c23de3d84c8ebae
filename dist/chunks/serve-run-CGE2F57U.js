import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-BYEDMBY2.js";
import {
  prepareInjector
} from "./chunk-V5RAISVL.js";
import "./chunk-H5DQVR5R.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-HUARZBUR.js";
import "./chunk-MJX3PATK.js";
import {
  describeObject
} from "./chunk-KEZN6YXG.js";
import {
  MAX_NESTING_DEPTH,
  STATUS_ANNOTATION,
  isMap,
  jsonNestingDepth,
  str
} from "./chunk-ZOC6TV5Q.js";
import {
  KubeInjectError
} from "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";

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
function answerReview(injector, body, options) {
  const parsed = parseAdmissionReview(body);
  if (!parsed.ok) return { status: 400, body: `bad AdmissionReview: ${parsed.message}
`, log: `review refused (400): ${parsed.message}` };
  const outcome = reviewPod(injector, parsed.request, options);
  const answer = reviewAnswer(outcome.response);
  const who = `${outcome.namespace || "<no namespace>"}/${outcome.pod || "<no name>"}`;
  return { status: 200, body: JSON.stringify(answer), log: `review ${JSON.stringify(who)} uid ${JSON.stringify(parsed.request.uid)}: ${outcome.decision}` };
}

// src/cli/tls-files.ts
import { readFile } from "node:fs/promises";
import { unwatchFile, watchFile } from "node:fs";
async function readTlsPair(certFile, keyFile) {
  const read = (file, what) => readFile(file).catch((e) => {
    throw new KubeInjectError("io", `cannot read the ${what}: ${e.code ?? e.message}`, { file });
  });
  const [cert, key] = await Promise.all([read(certFile, "TLS certificate"), read(keyFile, "TLS key")]);
  return { cert, key };
}
function watchTlsPair(certFile, keyFile, intervalMs, apply, log) {
  let pending = false;
  const reload = (curr, prev) => {
    if (pending || curr.mtimeMs === prev.mtimeMs && curr.ino === prev.ino && curr.size === prev.size && curr.ctimeMs === prev.ctimeMs) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      readTlsPair(certFile, keyFile).then((pair) => {
        apply(pair);
        log(`TLS certificate reloaded from ${certFile}`);
      }).catch((e) => log(`TLS certificate not reloaded, keeping the previous one: ${e.message}`));
    }, intervalMs);
  };
  const opts = { interval: intervalMs, persistent: false };
  watchFile(certFile, opts, reload);
  watchFile(keyFile, opts, reload);
  return () => {
    unwatchFile(certFile, reload);
    unwatchFile(keyFile, reload);
  };
}

// src/cli/webhook-server.ts
import { createServer } from "node:https";
var DEFAULT_LIMITS = { maxBodyBytes: 5 * 1024 * 1024, headersTimeoutMs: 1e4, requestTimeoutMs: 1e4, handshakeTimeoutMs: 1e4, idleTimeoutMs: 3e4, drainMs: 25e3 };
var TEXT = { "content-type": "text/plain; charset=utf-8" };
var utf8 = new TextDecoder("utf-8", { fatal: true });
function createWebhookServer(options) {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const server = createServer({
    cert: options.cert,
    key: options.key,
    handshakeTimeout: limits.handshakeTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.idleTimeoutMs,
    // How often Node checks the two timeouts above (its default, 30 s, would let a slow client
    // hold a socket far past them).
    connectionsCheckingInterval: Math.max(50, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)
  });
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());
  let stopping = false;
  let inFlight = 0;
  let drained = null;
  const finished = () => {
    inFlight--;
    if (stopping && inFlight === 0) drained?.();
  };
  server.on("request", (req, res) => {
    inFlight++;
    let counted = true;
    const finish = () => {
      if (!counted) return;
      counted = false;
      finished();
    };
    res.once("close", finish);
    req.socket.once("close", finish);
    if (stopping) res.setHeader("connection", "close");
    route(req, res);
  });
  const handshakes = /* @__PURE__ */ new Map();
  const peer = (s) => `${s.remoteAddress}:${s.remotePort}`;
  server.on("connection", (raw) => {
    const key = peer(raw);
    const timer = setTimeout(() => raw.destroy(), limits.handshakeTimeoutMs);
    handshakes.set(key, timer);
    raw.once("close", () => {
      clearTimeout(timer);
      if (handshakes.get(key) === timer) handshakes.delete(key);
    });
  });
  server.on("secureConnection", (socket) => {
    const key = peer(socket);
    clearTimeout(handshakes.get(key));
    handshakes.delete(key);
  });
  server.on("tlsClientError", () => {
  });
  server.on("clientError", (err, socket) => {
    const timedOut = err.code === "ERR_HTTP_REQUEST_TIMEOUT";
    if (timedOut) options.log(`request timed out (408): no complete request within ${limits.requestTimeoutMs} ms`);
    if (socket.writable) socket.end(`HTTP/1.1 ${timedOut ? "408 Request Timeout" : "400 Bad Request"}\r
connection: close\r
content-length: 0\r
\r
`);
    else socket.destroy();
  });
  function route(req, res) {
    const path = (req.url ?? "").split("?")[0];
    if (path === "/healthz" || path === "/readyz") {
      req.resume();
      const ok = path === "/healthz" || !stopping;
      res.writeHead(ok ? 200 : 503, TEXT).end(ok ? "ok\n" : "stopping\n");
      return;
    }
    if (path !== "/inject" && path !== "/inject/") {
      req.resume();
      res.writeHead(404, TEXT).end(`no such path ${JSON.stringify(path)}: reviews go to POST /inject
`);
      return;
    }
    if (req.method !== "POST") {
      req.resume();
      res.writeHead(405, { ...TEXT, allow: "POST" }).end("reviews are POSTed to /inject\n");
      return;
    }
    readBody(req, res);
  }
  function refuse(res, message, close = false) {
    if (close) res.setHeader("connection", "close");
    res.writeHead(400, TEXT).end(message + "\n");
    options.log(`review refused (400): ${message}`);
  }
  function readBody(req, res) {
    const declared = Number(req.headers["content-length"] ?? NaN);
    if (declared > limits.maxBodyBytes) {
      refuse(res, `the body is ${declared} bytes, over the limit of ${limits.maxBodyBytes}`, true);
      req.destroy();
      return;
    }
    const chunks = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        over = true;
        chunks.length = 0;
        refuse(res, `the body is over the limit of ${limits.maxBodyBytes} bytes`, true);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("error", () => {
    });
    req.on("end", () => {
      if (over || res.writableEnded) return;
      let text;
      try {
        text = utf8.decode(Buffer.concat(chunks, size));
      } catch {
        refuse(res, "the body is not valid UTF-8");
        return;
      }
      const start = performance.now();
      let answered;
      try {
        answered = options.answer(text);
      } catch (e) {
        answered = { status: 500, body: `internal error: ${e?.message ?? String(e)}
`, log: `review failed (500): ${e?.message ?? String(e)}` };
      }
      const type = answered.status === 200 ? { "content-type": "application/json" } : TEXT;
      res.writeHead(answered.status, type).end(answered.body);
      options.log(`${answered.log} ${(performance.now() - start).toFixed(2)} ms`);
    });
  }
  return {
    server,
    listen: (port, host = "0.0.0.0") => new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        resolve(server.address().port);
      });
    }),
    setCertificate: (cert, key) => server.setSecureContext({ cert, key }),
    stop: () => new Promise((resolve) => {
      if (stopping) return void server.once("close", () => resolve());
      stopping = true;
      const closed = new Promise((r) => server.close(() => r()));
      server.closeIdleConnections();
      const drainedNow = new Promise((r) => {
        drained = r;
        if (inFlight === 0) r();
      });
      const timer = setTimeout(() => {
        server.closeAllConnections();
        drained?.();
      }, limits.drainMs);
      void drainedNow.then(() => {
        server.closeIdleConnections();
        return closed;
      }).then(() => {
        clearTimeout(timer);
        resolve();
      });
    })
  };
}

// src/cli/serve-run.ts
async function runServe(opts, io) {
  const log = (line) => io.stderr.write(`${printable(line)}
`);
  const injector = prepareInjector(await loadInjectorConfig(opts, {}));
  for (const w of injector.configWarnings) log(`warning: ${w}`);
  const pair = await readTlsPair(opts.tlsCert, opts.tlsKey);
  const options = { failClosed: opts.failClosed === true };
  const server = createWebhookServer({
    cert: pair.cert,
    key: pair.key,
    answer: (body) => answerReview(injector, body, options),
    log,
    limits: { headersTimeoutMs: opts.requestTimeout, requestTimeoutMs: opts.requestTimeout, handshakeTimeoutMs: opts.requestTimeout }
  });
  const port = await server.listen(opts.port, opts.address);
  const unwatch = watchTlsPair(opts.tlsCert, opts.tlsKey, opts.certCheckInterval, (p) => server.setCertificate(p.cert, p.key), log);
  let releases = [];
  const stopped = new Promise((resolve) => {
    releases = ["SIGTERM", "SIGINT"].map((signal2) => io.onSignal?.(signal2, () => resolve(signal2)));
  });
  log(`kube-inject serve: listening on https://${opts.address}:${port} (POST /inject, GET /healthz, GET /readyz)${options.failClosed ? ", failing closed" : ""}`);
  const signal = await stopped;
  for (const release of releases) release?.();
  log(`kube-inject serve: ${signal}: no new connections; finishing the reviews under way`);
  await server.stop();
  unwatch();
  log("kube-inject serve: stopped");
  return EXIT.ok;
}
export {
  runServe
};
