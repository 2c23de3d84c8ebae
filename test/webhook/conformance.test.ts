/**
 * Issue 14's "one engine" check: for every Pod of the conformance suite (bare Pods, and every
 * workload's pod template as its controller would create the Pod), a real HTTPS AdmissionReview
 * to `kube-inject serve` on loopback answers a JSON Patch that, applied to the pod, gives exactly
 * what `kube-inject -f` writes for the same Pod with the same options.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planInjectCases, type GoldenCase } from '../conformance/cases.js';
import { conformancePods, podManifest, type ConformancePod } from '../helpers/conformance-pods.js';
import { applyJsonPatch, type PatchOp } from '../helpers/json-patch-apply.js';
import { contentDocuments, parseManifests } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { ISTIO_DATA_DIR } from '../helpers/shared.js';
import { makeTestCert, type TestCert } from '../helpers/tls.js';
import { admissionReview, httpsRequest, startServe, type RunningServe } from '../helpers/webhook-server.js';

const injectDir = join(ISTIO_DATA_DIR, 'inject');
const plan = planInjectCases(injectDir);
const goldenCases = plan.cases.filter((c): c is GoldenCase => c.kind === 'golden');
const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-conf-'));
let cert: TestCert;

/** The configuration options of a case, shared by serve and inject. */
function configArgs(c: GoldenCase): string[] {
  const slug = c.id.replace(/[^A-Za-z0-9.-]+/g, '_');
  const args = ['--values', join(ISTIO_DATA_DIR, 'config', 'test-default.values.json')];
  if (c.values) {
    const file = join(tmp, `${slug}.values.${c.values.format}`);
    writeFileSync(file, c.values.format === 'json' ? JSON.stringify(c.values.data) : dump(c.values.data));
    args.push('--values', file);
  }
  args.push('--mesh-config', join(ISTIO_DATA_DIR, 'config', 'test-default.mesh.yaml'));
  if (c.mesh) {
    const file = join(tmp, `${slug}.mesh.yaml`);
    writeFileSync(file, dump(c.mesh));
    args.push('--mesh-config', file);
  }
  if (c.operatorFile) args.push('--operator-file', join(injectDir, c.operatorFile));
  if (c.native) args.push('--native-sidecars');
  return args;
}

/** One server per distinct configuration (most cases share the default one). */
const servers = new Map<string, Promise<RunningServe>>();
function serverFor(c: GoldenCase): Promise<RunningServe> {
  const args = configArgs(c);
  const key = JSON.stringify([c.values ?? null, c.mesh ?? null, c.operatorFile ?? null, c.native]);
  let s = servers.get(key);
  if (!s) {
    s = startServe(['--tls-cert', cert.certFile, '--tls-key', cert.keyFile, ...args]);
    servers.set(key, s);
  }
  return s;
}

beforeAll(() => {
  cert = makeTestCert(tmp);
});
afterAll(async () => {
  for (const s of servers.values()) expect(await (await s).stop()).toBe(0);
  rmSync(tmp, { recursive: true, force: true });
});

/** A pod that carries Istio's injection status: the webhook admits it as it is. */
function alreadyInjected(p: ConformancePod): boolean {
  const meta = p.pod.metadata as { annotations?: Record<string, unknown> };
  return typeof meta.annotations?.['sidecar.istio.io/status'] === 'string';
}

/** The pod after the API server applied the webhook's answer (and gave it its namespace). */
async function viaWebhook(c: GoldenCase, p: ConformancePod, uid: string): Promise<{ pod: unknown; response: Record<string, unknown> }> {
  const server = await serverFor(c);
  const res = await httpsRequest(server.port, cert.cert, 'POST', '/inject', JSON.stringify(admissionReview(p.pod, p.namespace, uid)));
  expect(res.status, `${p.id}: HTTP status; body:\n${res.body}`).toBe(200);
  const review = JSON.parse(res.body) as { apiVersion: string; kind: string; response: Record<string, unknown> };
  expect(review.apiVersion).toBe('admission.k8s.io/v1');
  expect(review.kind).toBe('AdmissionReview');
  const response = review.response;
  expect(response.uid, 'the answer carries the request uid').toBe(uid);
  expect(response.allowed).toBe(true);
  let pod: unknown = p.pod;
  if (response.patch !== undefined) {
    expect(response.patchType).toBe('JSONPatch');
    const ops = JSON.parse(Buffer.from(response.patch as string, 'base64').toString('utf8')) as PatchOp[];
    pod = applyJsonPatch(p.pod, ops);
  }
  const patched = pod as { metadata: Record<string, unknown> };
  return { pod: { ...patched, metadata: { ...patched.metadata, namespace: p.namespace } }, response };
}

/** What `kube-inject -f` writes for the same pod and options. */
async function viaCli(c: GoldenCase, p: ConformancePod, file: string): Promise<{ pod: unknown; stderr: string }> {
  writeFileSync(file, podManifest(p));
  const r = await runCli(['-f', file, ...configArgs(c)]);
  expect(r.code, `kube-inject -f ${file}: exit code; stderr:\n${r.stderr}`).toBe(0);
  const docs = contentDocuments(parseManifests(r.stdout, '<stdout>'));
  expect(docs).toHaveLength(1);
  return { pod: docs[0], stderr: r.stderr };
}

describe('the webhook and kube-inject -f give the same pod', () => {
  it('has Pod-shaped cases to check', () => {
    const pods = goldenCases.flatMap((c) => conformancePods(injectDir, c));
    expect(goldenCases.length).toBeGreaterThan(30);
    expect(pods.length).toBeGreaterThanOrEqual(goldenCases.length);
    expect(pods.filter(alreadyInjected).length, 'an already injected pod among them').toBeGreaterThan(0);
    expect(pods.length).toBeGreaterThan(40);
  });

  let n = 0;
  for (const c of goldenCases) {
    for (const p of conformancePods(injectDir, c)) {
      const uid = `conformance-${++n}`;
      if (alreadyInjected(p)) {
        it(`${p.id}: already injected, admitted as it is (kube-inject -f would re-inject it)`, async () => {
          const web = await viaWebhook(c, p, uid);
          expect(web.response.patch).toBeUndefined();
          expect(web.response.warnings).toBeUndefined();
        });
        continue;
      }
      it(p.id, async () => {
        const [web, cli] = await Promise.all([viaWebhook(c, p, uid), viaCli(c, p, join(tmp, `${uid}.yaml`))]);
        const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
        expect(json(web.pod), `${p.id}: the patched pod (+ kube-inject -f, - webhook)`).toEqual(json(cli.pod));
        const skipped = /warning: .* skipped/.test(cli.stderr);
        expect(web.response.patch === undefined, `${p.id}: a patch exactly when kube-inject -f injects (stderr: ${cli.stderr})`).toBe(skipped);
        // Already injected: the same pod again is admitted as it is, without a patch.
        const again = await viaWebhook(c, { ...p, pod: web.pod as Record<string, unknown> }, `${uid}-again`);
        expect(again.response.patch, `${p.id}: re-reviewing the injected pod gave a patch`).toBeUndefined();
      });
    }
  }
});
