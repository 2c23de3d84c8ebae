/**
 * `kube-inject serve` under bad input and bad clients, on loopback: a corpus of malformed reviews
 * (truncated JSON, wrong types, wrong kind or version, missing uid, huge and deep bodies, bad
 * UTF-8) gets 400s with a message, slow clients get cut off, and all the while a parallel stream
 * of good reviews keeps being answered. Also: health endpoints, failure policy, the request log,
 * certificate rotation and graceful shutdown.
 */
import { mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { connect as tlsConnect } from 'node:tls';
import { connect as netConnect } from 'node:net';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISTIO_DATA_DIR } from '../helpers/shared.js';
import { makeTestCert, type TestCert } from '../helpers/tls.js';
import { admissionReview, httpsRequest, startServe, type RunningServe } from '../helpers/webhook-server.js';

const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-server-'));
const REQUEST_TIMEOUT_MS = 800;
let cert: TestCert;
let serve: RunningServe;

const pod = (annotations: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { generateName: 'web-5d8f7c9b4-', labels: { app: 'web', 'pod-template-hash': '5d8f7c9b4' }, annotations, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-5d8f7c9b4', uid: 'u-1', controller: true }] },
  spec: { containers: [{ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }] }] },
});
const goodReview = (uid: string) => JSON.stringify(admissionReview(pod(), 'shop', uid));
const post = (body: string | Buffer, agent?: Agent) => httpsRequest(serve.port, cert.cert, 'POST', '/inject', body, agent ? { agent } : {});

beforeAll(async () => {
  cert = makeTestCert(tmp, 'first');
  copyFileSync(cert.certFile, join(tmp, 'tls.crt'));
  copyFileSync(cert.keyFile, join(tmp, 'tls.key'));
  serve = await startServe([
    '--tls-cert', join(tmp, 'tls.crt'), '--tls-key', join(tmp, 'tls.key'),
    '--request-timeout', String(REQUEST_TIMEOUT_MS), '--cert-check-interval', '50',
    '--values', join(ISTIO_DATA_DIR, 'config', 'test-default.values.json'),
  ]);
});
afterAll(async () => {
  if (serve) await serve.stop().catch(() => 0);
  rmSync(tmp, { recursive: true, force: true });
});

describe('endpoints', () => {
  it('answers /healthz and /readyz with 200', async () => {
    for (const path of ['/healthz', '/readyz']) {
      const r = await httpsRequest(serve.port, cert.cert, 'GET', path);
      expect(r.status, path).toBe(200);
    }
  });
  it('answers 404 for another path and 405 for GET /inject', async () => {
    expect((await httpsRequest(serve.port, cert.cert, 'GET', '/mutate')).status).toBe(404);
    const r = await httpsRequest(serve.port, cert.cert, 'GET', '/inject');
    expect(r.status).toBe(405);
    expect(r.headers.allow).toBe('POST');
  });
  it('injects a pod created by a Deployment, and logs namespace, pod, decision and milliseconds', async () => {
    const r = await post(goodReview('log-1'));
    expect(r.status).toBe(200);
    const review = JSON.parse(r.body);
    expect(review.response).toMatchObject({ uid: 'log-1', allowed: true, patchType: 'JSONPatch' });
    const ops = JSON.parse(Buffer.from(review.response.patch, 'base64').toString('utf8')) as Array<{ path: string; value?: unknown }>;
    const env = JSON.stringify(ops);
    // The owner comes from generateName and the ReplicaSet owner reference: the Deployment "web".
    expect(env).toContain('kubernetes://apis/apps/v1/namespaces/shop/deployments/web');
    expect(serve.stderr()).toMatch(/review "shop\/web-5d8f7c9b4-\*\*\*" uid "log-1": injected \d+\.\d\d ms/);
  });
  it('admits an UPDATE without a patch', async () => {
    const body = admissionReview(pod(), 'shop', 'upd-1') as { request: Record<string, unknown> };
    body.request.operation = 'UPDATE';
    const review = JSON.parse((await post(JSON.stringify(body))).body);
    expect(review.response).toEqual({ uid: 'upd-1', allowed: true });
  });
  it('admits pods in an ignored namespace, with host networking or opted out, without a patch', async () => {
    const cases = [
      admissionReview(pod(), 'kube-system', 'skip-1'),
      admissionReview({ ...pod(), spec: { ...pod().spec, hostNetwork: true } }, 'shop', 'skip-2'),
      admissionReview(pod({ 'sidecar.istio.io/inject': 'false' }), 'shop', 'skip-3'),
    ];
    for (const body of cases) {
      const r = await post(JSON.stringify(body));
      const review = JSON.parse(r.body);
      expect(review.response.allowed).toBe(true);
      expect(review.response.patch).toBeUndefined();
    }
    expect(serve.stderr()).toMatch(/uid "skip-2": skipped: host networking/);
  });
  it('admits a pod whose injection fails, with a warning naming the pod and the annotation (fail open)', async () => {
    const r = await post(JSON.stringify(admissionReview(pod({ 'traffic.sidecar.istio.io/includeOutboundIPRanges': 'bad' }), 'shop', 'err-1')));
    const review = JSON.parse(r.body);
    expect(review.response.allowed).toBe(true);
    expect(review.response.patch).toBeUndefined();
    expect(review.response.warnings.join('\n')).toMatch(/Pod "shop\/web-5d8f7c9b4-\*\*\*".*includeOutboundIPRanges/);
  });
});

/** The malformed-request corpus: each entry must get a 400 whose body says what is wrong. */
function corpus(): Array<{ name: string; body: string | Buffer; says: RegExp }> {
  const good = goodReview('c');
  const obj = () => JSON.parse(good) as { apiVersion?: unknown; kind?: unknown; request: Record<string, unknown> };
  const mutate = (f: (o: ReturnType<typeof obj>) => void) => {
    const o = obj();
    f(o);
    return JSON.stringify(o);
  };
  return [
    { name: 'empty body', body: '', says: /empty body/ },
    { name: 'not JSON', body: 'apiVersion: admission.k8s.io/v1\nkind: AdmissionReview\n', says: /not valid JSON/ },
    { name: 'truncated JSON', body: good.slice(0, Math.floor(good.length / 2)), says: /not valid JSON/ },
    { name: 'a JSON list', body: '[1, 2]', says: /a list/ },
    { name: 'a JSON string', body: '"review"', says: /a string/ },
    { name: 'wrong kind', body: mutate((o) => (o.kind = 'ConversionReview')), says: /kind is "ConversionReview"/ },
    { name: 'v1beta1', body: mutate((o) => (o.apiVersion = 'admission.k8s.io/v1beta1')), says: /apiVersion is "admission.k8s.io\/v1beta1"/ },
    { name: 'no request', body: mutate((o) => delete (o as Record<string, unknown>).request), says: /request is missing/ },
    { name: 'missing uid', body: mutate((o) => delete o.request.uid), says: /uid is missing/ },
    { name: 'uid a number', body: mutate((o) => (o.request.uid = 42)), says: /uid is missing/ },
    { name: 'object a string', body: mutate((o) => (o.request.object = 'pod')), says: /request\.object is a string/ },
    { name: 'spec a number', body: mutate((o) => ((o.request.object as Record<string, unknown>).spec = 5)), says: /spec is a number/ },
    { name: 'metadata a list', body: mutate((o) => ((o.request.object as Record<string, unknown>).metadata = [])), says: /metadata is a list/ },
    { name: 'a Deployment', body: mutate((o) => (o.request.kind = { group: 'apps', version: 'v1', kind: 'Deployment' })), says: /Pods only/ },
    { name: 'namespace a number', body: mutate((o) => (o.request.namespace = 7)), says: /namespace is a number/ },
    { name: 'nested 100,000 deep', body: `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, says: /nests deeper/ },
    { name: 'invalid UTF-8', body: Buffer.concat([Buffer.from('{"kind":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), says: /UTF-8/ },
    { name: 'a body of 6 MiB', body: `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`, says: /over the limit/ },
  ];
}

describe('bad requests get 400 while good reviews keep being answered', () => {
  it('answers every malformed request with 400 and a message, and every good review in parallel', async () => {
    let stop = false;
    const good: number[] = [];
    const goodFailures: string[] = [];
    const agent = new Agent({ keepAlive: true, maxSockets: 4, ca: cert.cert });
    const stream = (async () => {
      let i = 0;
      while (!stop) {
        const uid = `good-${i++}`;
        const t0 = performance.now();
        try {
          const r = await post(goodReview(uid), agent);
          const review = JSON.parse(r.body);
          if (r.status !== 200 || review.response.uid !== uid || review.response.patchType !== 'JSONPatch') goodFailures.push(`${uid}: ${r.status} ${r.body.slice(0, 200)}`);
          else good.push(performance.now() - t0);
        } catch (e) {
          goodFailures.push(`${uid}: ${(e as Error).message}`);
        }
      }
    })();
    try {
      for (const c of corpus()) {
        const r = await post(c.body);
        expect(r.status, `${c.name}: status (body ${r.body.slice(0, 200)})`).toBe(400);
        expect(r.body, `${c.name}: the message`).toMatch(c.says);
      }
      await Promise.all([slowBody(), slowHeaders(), silentTcp()]);
    } finally {
      stop = true;
      await stream;
      agent.destroy();
    }
    expect(goodFailures, 'good reviews that failed').toEqual([]);
    expect(good.length, 'good reviews answered meanwhile').toBeGreaterThan(20);
    expect(serve.stderr()).toMatch(/review refused \(400\): request\.uid is missing/);
  });
});

/** Sends headers and half a body, then nothing: the server gives up after its request timeout. */
async function slowBody(): Promise<void> {
  const t0 = performance.now();
  const outcome = await new Promise<string>((resolve) => {
    const body = goodReview('slow');
    const req = request({ host: '127.0.0.1', port: serve.port, method: 'POST', path: '/inject', ca: cert.cert, agent: false, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } }, (res) => {
      res.resume();
      resolve(`status ${res.statusCode}`);
    });
    req.on('error', (e) => resolve(`closed: ${e.message}`));
    req.write(body.slice(0, 100));
  });
  const waited = performance.now() - t0;
  expect(outcome).toMatch(/status 408|closed/);
  expect(waited).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS * 0.9);
  expect(waited).toBeLessThan(REQUEST_TIMEOUT_MS * 6);
}

/** Completes TLS, sends part of the request line and headers, then stalls. */
async function slowHeaders(): Promise<void> {
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const socket = tlsConnect({ host: '127.0.0.1', port: serve.port, ca: cert.cert, servername: 'localhost' }, () => socket.write('POST /inject HTTP/1.1\r\nHost: x\r\n'));
    socket.on('data', () => {});
    socket.on('close', () => resolve());
    socket.on('error', () => {});
  });
  expect(performance.now() - t0).toBeLessThan(REQUEST_TIMEOUT_MS * 6);
}

/** Opens TCP and never starts TLS: the handshake timeout closes it. */
async function silentTcp(): Promise<void> {
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const socket = netConnect(serve.port, '127.0.0.1');
    socket.on('close', () => resolve());
    socket.on('error', () => {});
  });
  expect(performance.now() - t0).toBeLessThan(REQUEST_TIMEOUT_MS * 6);
}

describe('certificate rotation', () => {
  it('serves new connections with the certificate written over the files', async () => {
    const before = await httpsRequest(serve.port, cert.cert, 'GET', '/healthz');
    const second = makeTestCert(tmp, 'second');
    // Key first, then certificate, as a rotation may land: a moment where they do not match is survived.
    copyFileSync(second.keyFile, join(tmp, 'tls.key'));
    copyFileSync(second.certFile, join(tmp, 'tls.crt'));
    let after = before;
    for (let i = 0; i < 100 && after.fingerprint === before.fingerprint; i++) {
      await new Promise((r) => setTimeout(r, 50));
      after = await httpsRequest(serve.port, `${cert.cert}\n${second.cert}`, 'GET', '/healthz');
    }
    expect(after.fingerprint).not.toBe(before.fingerprint);
    expect(after.status).toBe(200);
    expect(readFileSync(join(tmp, 'tls.crt'), 'utf8')).toBe(second.cert);
    expect(serve.stderr()).toMatch(/TLS certificate reloaded/);
    cert = { ...cert, cert: `${cert.cert}\n${second.cert}` };
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the review under way, refuses new connections, and exits 0', async () => {
    const body = goodReview('in-flight');
    let answer: Promise<{ status: number; body: string }> = Promise.resolve({ status: 0, body: '' });
    const sent = new Promise<(rest: string) => void>((resolveSent) => {
      answer = new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: serve.port, method: 'POST', path: '/inject', ca: cert.cert, agent: false, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.write(body.slice(0, 50), () => resolveSent((rest) => req.end(rest)));
      });
    });
    const finish = await sent;
    await new Promise((r) => setTimeout(r, 50));
    const exited = serve.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    const refused = await httpsRequest(serve.port, cert.cert, 'GET', '/healthz').then(
      (r) => `answered ${r.status}`,
      (e: NodeJS.ErrnoException) => e.code,
    );
    expect(refused).toBe('ECONNREFUSED');
    finish(body.slice(50));
    const r = await answer;
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).response).toMatchObject({ uid: 'in-flight', allowed: true, patchType: 'JSONPatch' });
    expect(await exited).toBe(0);
    expect(serve.stderr()).toMatch(/SIGTERM: no new connections[\s\S]*stopped/);
  });
});

describe('--fail-closed', () => {
  it('refuses a pod whose injection fails, with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-closed-'));
    const c = makeTestCert(dir);
    const s = await startServe(['--tls-cert', c.certFile, '--tls-key', c.keyFile, '--fail-closed']);
    try {
      const r = await httpsRequest(s.port, c.cert, 'POST', '/inject', JSON.stringify(admissionReview(pod({ 'traffic.sidecar.istio.io/includeOutboundIPRanges': 'bad' }), 'shop', 'closed-1')));
      const review = JSON.parse(r.body);
      expect(review.response.allowed).toBe(false);
      expect(review.response.status.message).toMatch(/includeOutboundIPRanges/);
      expect(review.response.patch).toBeUndefined();
    } finally {
      expect(await s.stop()).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
