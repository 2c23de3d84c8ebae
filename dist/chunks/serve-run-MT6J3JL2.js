import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import {
  reviewAnswerer
} from "./chunk-KYREJC2K.js";
import {
  loadInjectorConfig
} from "./chunk-VFJZ4K2T.js";
import "./chunk-QLM7QKL3.js";
import {
  existsSync,
  init_node_fs,
  unwatchFile,
  watchFile
} from "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import {
  prepareInjector
} from "./chunk-4P6O6REU.js";
import "./chunk-ACMWZV3F.js";
import "./chunk-GXKLT2VF.js";
import "./chunk-JVS6AGS5.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/serve-run.ts
init_node_fs();

// src/cli/tls-files.ts
init_node_fs();
import { readFile } from "node:fs/promises";
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
      const respond = (answered) => {
        if (res.destroyed) return;
        const type = answered.status === 200 ? { "content-type": "application/json" } : TEXT;
        res.writeHead(answered.status, type).end(answered.body);
        options.log(`${answered.log} ${(performance.now() - start).toFixed(2)} ms`);
      };
      const failed = (e) => {
        const message = e?.message ?? String(e);
        respond({ status: 500, body: `internal error: ${message}
`, log: `review failed (500): ${message}` });
      };
      try {
        const answered = options.answer(text);
        if (answered instanceof Promise) answered.then(respond, failed);
        else respond(answered);
      } catch (e) {
        failed(e);
      }
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

// src/cli/worker-pool.ts
import { Worker } from "node:worker_threads";
async function startReviewPool(script, size, inputs, options, log) {
  let nextId = 0;
  let closing = false;
  const slots = [];
  const spawnSlot = (index) => new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { inputs, options } });
    const slot = { worker, pending: /* @__PURE__ */ new Map() };
    slots[index] = slot;
    worker.on("message", (msg) => {
      if (msg.ready) return resolve();
      const done = slot.pending.get(msg.id);
      slot.pending.delete(msg.id);
      done?.(msg.answer);
    });
    worker.on("error", (e) => {
      log(`review worker ${index} failed: ${e.message}`);
      reject(e);
    });
    worker.on("exit", (code) => {
      for (const done of slot.pending.values()) done({ status: 500, body: "internal error: the review worker stopped\n", log: `review failed (500): worker ${index} exited ${code}` });
      slot.pending.clear();
      if (!closing) void spawnSlot(index).catch(() => {
      });
    });
  });
  await Promise.all(Array.from({ length: size }, (_, i) => spawnSlot(i)));
  return {
    answer: (body) => new Promise((resolve) => {
      let best = slots[0];
      for (const s of slots) if (s.pending.size < best.pending.size) best = s;
      const id = nextId++;
      best.pending.set(id, resolve);
      best.worker.postMessage({ id, body });
    }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    }
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
  const pool = opts.workers > 0 ? await startReviewPool(workerScript(), opts.workers, inputsOf(opts), options, log) : void 0;
  const server = createWebhookServer({
    cert: pair.cert,
    key: pair.key,
    answer: pool ? (body) => pool.answer(body) : reviewAnswerer(injector, options),
    log,
    limits: { headersTimeoutMs: opts.requestTimeout, requestTimeoutMs: opts.requestTimeout, handshakeTimeoutMs: opts.requestTimeout }
  });
  const port = await server.listen(opts.port, opts.address);
  const unwatch = watchTlsPair(opts.tlsCert, opts.tlsKey, opts.certCheckInterval, (p) => server.setCertificate(p.cert, p.key), log);
  let releases = [];
  const stopped = new Promise((resolve) => {
    releases = ["SIGTERM", "SIGINT"].map((signal2) => io.onSignal?.(signal2, () => resolve(signal2)));
  });
  log(`kube-inject serve: listening on https://${opts.address}:${port} (POST /inject, GET /healthz, GET /readyz)${options.failClosed ? ", failing closed" : ""}${pool ? `, ${opts.workers} review workers` : ""}`);
  const signal = await stopped;
  for (const release of releases) release?.();
  log(`kube-inject serve: ${signal}: no new connections; finishing the reviews under way`);
  await server.stop();
  await pool?.close();
  unwatch();
  log("kube-inject serve: stopped");
  return EXIT.ok;
}
function inputsOf(opts) {
  const { values, meshConfig, injectConfig, operatorFile, revision, nativeSidecars } = opts;
  return JSON.parse(JSON.stringify({ values, meshConfig, injectConfig, operatorFile, revision, nativeSidecars }));
}
function workerScript() {
  const url = new URL("../webhook-worker.js", import.meta.url);
  if (!existsSync(url)) throw new KubeInjectError("usage", "--workers needs the built kube-inject (bin/kube-inject.js, which runs dist/); no dist/webhook-worker.js was found");
  return url;
}
export {
  runServe
};
