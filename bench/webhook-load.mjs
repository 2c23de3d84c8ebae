// Load test of `kube-inject serve` (npm run bench:webhook), on loopback only and bounded: it
// starts the built server (bin/kube-inject.js, so build first: npm run build:dist) with a
// certificate made for the run (Debian's openssl), sends N AdmissionReviews at concurrency C over
// HTTPS keep-alive connections, and reports throughput, latency percentiles, errors, the
// server's RSS at start, middle and end, and its live heap after a full collection then
// (bench/webhook-heap-hook.mjs, loaded into the server: what it keeps, apart from heap V8 has not
// given back). The pods cycle through every Pod of the conformance
// inputs (test/data/istio/inject: bare Pods, and workloads' templates as their controllers create
// them), each with its own name, labels and uid, so no answer can be reused for the next request.
//
// Then it puts the same load on a floor (bench/webhook-floor.mjs: a Node HTTPS server that parses
// each review and answers with a fixed patch of the same size, injecting nothing) and prints both:
// what Node's HTTPS, the client and the machine cost by themselves is on the floor's line.
//
// Usage: node bench/webhook-load.mjs [--requests 5000] [--concurrency 50] [--warmup 200]
//                                   [--goal-p99 20] [--profile DIR] [--server-arg ARG]... [--no-floor]
//   --profile DIR   runs the server under `node --cpu-prof --cpu-prof-dir DIR`
//   --server-arg    passed to `kube-inject serve` (repeatable), e.g. --server-arg --native-sidecars
// Exit status: 0 when every review was answered 200 with the request's uid; 1 otherwise.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadAll } from 'js-yaml';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const BIN = here('../bin/kube-inject.js');
const FLOOR = here('./webhook-floor.mjs');
const HEAP_HOOK = here('./webhook-heap-hook.mjs');
const DATA = here('../test/data/istio/');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}
function options(name) {
  return process.argv.flatMap((a, i) => (a === name ? [process.argv[i + 1]] : []));
}
const cfg = {
  requests: Number(option('--requests', 5000)),
  concurrency: Number(option('--concurrency', 50)),
  warmup: Number(option('--warmup', 200)),
  goalP99: Number(option('--goal-p99', 20)),
  profile: option('--profile', ''),
  floor: !process.argv.includes('--no-floor'),
  serverArgs: options('--server-arg'),
};

// ---- the pods ----------------------------------------------------------------------------
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function podsOf(obj) {
  if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) return obj.items.filter(isObj).flatMap(podsOf);
  if (obj.kind === 'Pod') return [obj];
  const spec = isObj(obj.spec) ? obj.spec : {};
  const template = obj.kind === 'CronJob' ? spec.jobTemplate?.spec?.template : spec.template;
  if (!isObj(template) || !isObj(template.spec)) return [];
  const name = obj.metadata?.name ?? 'app';
  const owner = obj.kind === 'Deployment' ? { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${name}-5d8f7c9b4` } : { apiVersion: obj.apiVersion, kind: obj.kind, name };
  const labels = { ...(template.metadata?.labels ?? {}), ...(obj.kind === 'Deployment' ? { 'pod-template-hash': '5d8f7c9b4' } : {}) };
  return [{ apiVersion: 'v1', kind: 'Pod', metadata: { ...(template.metadata ?? {}), labels, generateName: `${owner.name}-`, ownerReferences: [{ ...owner, uid: 'u', controller: true }] }, spec: template.spec }];
}
const dir = join(DATA, 'inject');
const pods = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml') && !f.endsWith('.iop.yaml') && !f.startsWith('traffic-annotations-bad-'))
  .sort()
  .flatMap((f) => loadAll(readFileSync(join(dir, f), 'utf8')).filter(isObj).flatMap(podsOf))
  .map((p) => JSON.parse(JSON.stringify(p)));

function review(i) {
  const base = pods[i % pods.length];
  const metadata = { ...base.metadata, labels: { ...(base.metadata.labels ?? {}), 'bench-request': String(i) } };
  metadata.generateName = `${metadata.generateName ?? metadata.name ?? 'pod'}${i}-`;
  delete metadata.name;
  return JSON.stringify({
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: { uid: `bench-${i}`, kind: { group: '', version: 'v1', kind: 'Pod' }, resource: { group: '', version: 'v1', resource: 'pods' }, namespace: `ns-${i % 7}`, operation: 'CREATE', object: { ...base, metadata } },
  });
}

// ---- the servers ------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-bench-'));
const cert = join(tmp, 'tls.crt');
const key = join(tmp, 'tls.key');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=bench', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' });
const ca = readFileSync(cert, 'utf8');

/** Starts a server (`node ARGS`) that prints `listening on https://127.0.0.1:PORT` on stderr. */
async function startServer(args) {
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  server.logLines = 0;
  server.heapWaiters = [];
  let stderrTail = '';
  server.port = await new Promise((resolve, reject) => {
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (s) => {
      stderrTail = (stderrTail + s).slice(-4000);
      server.logLines += s.split('\n').length - 1;
      for (const m of s.matchAll(/^bench-heap (\d+) (\d+)$/gm)) server.heapWaiters.shift()?.({ heap: Number(m[1]), rss: Number(m[2]) });
      const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(stderrTail);
      if (m) resolve(Number(m[1]));
    });
    server.once('exit', (code) => reject(new Error(`the server exited ${code}:\n${stderrTail}`)));
  });
  return server;
}

// ---- the load ----------------------------------------------------------------------------
function send(agent, port, body) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/inject', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode, body: chunks }));
    });
    req.on('error', (e) => resolve({ ms: performance.now() - t0, status: 0, body: e.message }));
    req.end(body);
  });
}

async function run(server, agent, count, offset, onHalf) {
  // The bodies are made before and the answers read after the timed run, so that the client's
  // own work (it shares the machine with the server) stays out of the latencies.
  const bodies = Array.from({ length: count }, (_, k) => Buffer.from(review(offset + k)));
  const answers = new Array(count);
  const latencies = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const k = next++;
      if (next === Math.floor(count / 2)) onHalf?.();
      const r = await send(agent, server.port, bodies[k]);
      latencies.push(r.ms);
      answers[k] = r;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: cfg.concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  const errors = [];
  let patched = 0;
  let answerBytes = 0;
  answers.forEach((r, k) => {
    const i = offset + k;
    const text = Array.isArray(r.body) ? Buffer.concat(r.body).toString('utf8') : r.body;
    answerBytes += text.length;
    let ok = r.status === 200;
    if (ok) {
      const res = JSON.parse(text).response;
      ok = res?.uid === `bench-${i}` && res.allowed === true;
      if (res?.patch) patched++;
    }
    if (!ok && errors.length < 5) errors.push(`#${i}: ${r.status} ${text.slice(0, 200)}`);
    if (!ok) errors.count = (errors.count ?? 0) + 1;
  });
  return { seconds, latencies: latencies.sort((a, b) => a - b), errors, patched, answerBytes: answerBytes / count };
}

/** The server's live heap after a full collection (bench/webhook-heap-hook.mjs), and its RSS, in bytes. */
function liveHeap(server) {
  return new Promise((resolve) => {
    server.heapWaiters.push(resolve);
    process.kill(server.pid, 'SIGUSR2');
  });
}

/** One server under the load: warm-up, then the measured run; its figures, and it stopped. */
async function measure(args) {
  const server = await startServer(['--expose-gc', '--import', HEAP_HOOK, ...args]);
  const agent = new Agent({ keepAlive: true, maxSockets: cfg.concurrency, ca });
  const rssKiB = () => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  };
  const rss = { start: rssKiB() };
  if (cfg.warmup > 0) await run(server, agent, cfg.warmup, 1_000_000, null);
  rss.afterWarmup = rssKiB();
  const heap = { afterWarmup: (await liveHeap(server)).heap };
  const cpu0 = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(' ');
  let middleHeap;
  const result = await run(server, agent, cfg.requests, 0, () => {
    rss.middle = rssKiB();
    middleHeap = liveHeap(server);
  });
  const cpu1 = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(' ');
  rss.end = rssKiB();
  heap.middle = (await middleHeap)?.heap ?? NaN;
  heap.end = (await liveHeap(server)).heap;
  const ticks = (s) => Number(s[13]) + Number(s[14]);
  const serverCpuMs = ((ticks(cpu1) - ticks(cpu0)) * 1000) / 100; // USER_HZ is 100 on Linux
  agent.destroy();
  server.kill('SIGTERM');
  const exitCode = await new Promise((resolve) => server.once('exit', (code) => resolve(code)));
  return { ...result, rss, heap, cpuPerReview: serverCpuMs / cfg.requests, exitCode, logLines: server.logLines };
}

const nodeArgs = cfg.profile ? ['--cpu-prof', '--cpu-prof-dir', cfg.profile] : [];
const ours = await measure([...nodeArgs, BIN, 'serve', '--address', '127.0.0.1', '--port', '0', '--tls-cert', cert, '--tls-key', key, '--values', join(DATA, 'config', 'test-default.values.json'), '--mesh-config', join(DATA, 'config', 'test-default.mesh.yaml'), ...cfg.serverArgs]);
const floor = cfg.floor ? await measure([FLOOR, '--tls-cert', cert, '--tls-key', key, '--answer-bytes', String(Math.round(ours.answerBytes))]) : undefined;
rmSync(tmp, { recursive: true, force: true });

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const mib = (k) => (k / 1024).toFixed(1);
const line = (name, r) =>
  `  ${name.padEnd(12)} ${(cfg.requests / r.seconds).toFixed(0).padStart(9)}  ${[50, 90, 99].map((p) => pct(r.latencies, p).toFixed(2).padStart(7)).join(' ')} ${r.latencies.at(-1).toFixed(2).padStart(8)}  ${r.cpuPerReview.toFixed(3).padStart(9)}`;
console.log(`kube-inject serve under load: ${cfg.requests} reviews, concurrency ${cfg.concurrency}, ${pods.length} distinct pods cycled (warm-up ${cfg.warmup})`);
console.log(`  machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}, node ${process.version}`);
console.log(`  ${''.padEnd(12)} reviews/s  ms: p50     p90     p99      max  CPU ms/review`);
console.log(line('kube-inject', ours));
if (floor) console.log(line('floor', floor) + '   (bench/webhook-floor.mjs: HTTPS, JSON and a fixed answer, no injection)');
const met = (r) => (pct(r.latencies, 99) < cfg.goalP99 ? 'met' : 'NOT met');
console.log(`  goal p99 < ${cfg.goalP99} ms: ${met(ours)}${floor ? ` (the floor: ${met(floor)})` : ''}; ${ours.patched} of ${cfg.requests} answers carry a patch, ${Math.round(ours.answerBytes)} bytes on average`);
console.log(`  server RSS   start ${mib(ours.rss.start)} MiB, after warm-up ${mib(ours.rss.afterWarmup)}, middle ${mib(ours.rss.middle)}, end ${mib(ours.rss.end)}`);
console.log(`  live heap    after a full GC: after warm-up ${mib(ours.heap.afterWarmup / 1024)} MiB, middle ${mib(ours.heap.middle / 1024)}, end ${mib(ours.heap.end / 1024)}`);
const errorCount = (ours.errors.count ?? 0) + (floor?.errors.count ?? 0);
console.log(`  errors       ${errorCount}${ours.errors.length ? `\n    ${ours.errors.join('\n    ')}` : ''}${floor?.errors.length ? `\n    floor: ${floor.errors.join('\n    ')}` : ''}`);
console.log(`  server       exit ${ours.exitCode} after SIGTERM, ${ours.logLines} log lines`);
process.exitCode = errorCount === 0 && ours.exitCode === 0 ? 0 : 1;
