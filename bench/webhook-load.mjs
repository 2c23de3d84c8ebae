// Load test of `kube-inject serve` (npm run bench:webhook), on loopback only and bounded: it
// starts the built server (bin/kube-inject.js, so build first: npm run build:dist) with a
// certificate made for the run (Debian's openssl), sends N AdmissionReviews at concurrency C over
// HTTPS keep-alive connections, and reports throughput, latency percentiles, errors and the
// server's RSS at start, middle and end. The pods cycle through every Pod of the conformance
// inputs (test/data/istio/inject: bare Pods, and workloads' templates as their controllers create
// them), each with its own name, labels and uid, so no answer can be reused for the next request.
//
// Usage: node bench/webhook-load.mjs [--requests 5000] [--concurrency 50] [--warmup 200]
//                                   [--goal-p99 20] [--profile DIR] [--server-arg ARG]...
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

// ---- the server --------------------------------------------------------------------------
const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-bench-'));
const cert = join(tmp, 'tls.crt');
const key = join(tmp, 'tls.key');
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=bench', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'pipe' });
const ca = readFileSync(cert, 'utf8');
const nodeArgs = cfg.profile ? ['--cpu-prof', '--cpu-prof-dir', cfg.profile] : [];
const server = spawn(process.execPath, [...nodeArgs, BIN, 'serve', '--address', '127.0.0.1', '--port', '0', '--tls-cert', cert, '--tls-key', key, '--values', join(DATA, 'config', 'test-default.values.json'), '--mesh-config', join(DATA, 'config', 'test-default.mesh.yaml'), ...cfg.serverArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
let logLines = 0;
let stderrTail = '';
const port = await new Promise((resolve, reject) => {
  server.stderr.setEncoding('utf8');
  server.stderr.on('data', (s) => {
    stderrTail = (stderrTail + s).slice(-4000);
    logLines += s.split('\n').length - 1;
    const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(stderrTail);
    if (m) resolve(Number(m[1]));
  });
  server.once('exit', (code) => reject(new Error(`the server exited ${code}:\n${stderrTail}`)));
});
const rssKiB = () => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
};

// ---- the load ----------------------------------------------------------------------------
const agent = new Agent({ keepAlive: true, maxSockets: cfg.concurrency, ca });
function send(body) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/inject', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ ms: performance.now() - t0, status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (e) => resolve({ ms: performance.now() - t0, status: 0, body: e.message }));
    req.end(body);
  });
}

async function run(count, offset, onHalf) {
  const latencies = [];
  const errors = [];
  let next = 0;
  let patched = 0;
  const worker = async () => {
    while (next < count) {
      const i = offset + next++;
      if (next === Math.floor(count / 2)) onHalf?.();
      const r = await send(review(i));
      latencies.push(r.ms);
      let ok = r.status === 200;
      if (ok) {
        const res = JSON.parse(r.body).response;
        ok = res?.uid === `bench-${i}` && res.allowed === true;
        if (res?.patch) patched++;
      }
      if (!ok && errors.length < 5) errors.push(`#${i}: ${r.status} ${r.body.slice(0, 200)}`);
      if (!ok) errors.count = (errors.count ?? 0) + 1;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: cfg.concurrency }, worker));
  return { seconds: (performance.now() - t0) / 1000, latencies: latencies.sort((a, b) => a - b), errors, patched };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const rss = { start: rssKiB() };
if (cfg.warmup > 0) await run(cfg.warmup, 1_000_000, null);
rss.afterWarmup = rssKiB();
const cpu0 = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(' ');
const result = await run(cfg.requests, 0, () => (rss.middle = rssKiB()));
const cpu1 = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(' ');
rss.end = rssKiB();
const ticks = (s) => Number(s[13]) + Number(s[14]);
const serverCpuMs = ((ticks(cpu1) - ticks(cpu0)) * 1000) / 100; // USER_HZ is 100 on Linux
agent.destroy();
server.kill('SIGTERM');
const exitCode = await new Promise((resolve) => server.once('exit', (code) => resolve(code)));
rmSync(tmp, { recursive: true, force: true });

const l = result.latencies;
const errorCount = result.errors.count ?? 0;
const mib = (k) => (k / 1024).toFixed(1);
console.log(`kube-inject serve under load: ${cfg.requests} reviews, concurrency ${cfg.concurrency}, ${pods.length} distinct pods cycled (warm-up ${cfg.warmup})`);
console.log(`  machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}, node ${process.version}`);
console.log(`  throughput   ${(cfg.requests / result.seconds).toFixed(0)} reviews/s (${result.seconds.toFixed(2)} s), ${result.patched} patched`);
console.log(`  latency ms   p50 ${pct(l, 50).toFixed(2)}  p90 ${pct(l, 90).toFixed(2)}  p99 ${pct(l, 99).toFixed(2)}  max ${l[l.length - 1].toFixed(2)}  (goal p99 < ${cfg.goalP99}: ${pct(l, 99) < cfg.goalP99 ? 'met' : 'NOT met'})`);
console.log(`  server CPU   ${(serverCpuMs / cfg.requests).toFixed(3)} ms per review`);
console.log(`  server RSS   start ${mib(rss.start)} MiB, after warm-up ${mib(rss.afterWarmup)}, middle ${mib(rss.middle)}, end ${mib(rss.end)}`);
console.log(`  errors       ${errorCount}${result.errors.length ? `\n    ${result.errors.join('\n    ')}` : ''}`);
console.log(`  server       exit ${exitCode} after SIGTERM, ${logLines} log lines`);
process.exitCode = errorCount === 0 && exitCode === 0 ? 0 : 1;
