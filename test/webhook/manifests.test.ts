/**
 * `kube-inject webhook-manifests`: the objects, their schemas (kubernetes-models), kubectl's
 * client-side dry run, the selectors of Istio's chart, and that the Deployment it describes (its
 * args over its ConfigMap and Secret) serves the same injection as `kube-inject -f`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSelector, selectorMatches, type LabelSelector } from '../../src/model/label-selector.js';
import { webhookSelectors } from '../../src/webhook/selectors.js';
import { startFakeKubeApi } from '../helpers/fake-kube-api.js';
import { applyJsonPatch, type PatchOp } from '../helpers/json-patch-apply.js';
import { validateObject } from '../helpers/k8s-schema.js';
import { contentDocuments, parseManifests } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { ISTIO_DATA_DIR, REPO_ROOT } from '../helpers/shared.js';
import { makeTestCert } from '../helpers/tls.js';
import { admissionReview, httpsRequest, startServe } from '../helpers/webhook-server.js';

type Obj = Record<string, any>;
const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-manifests-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const ca = makeTestCert(tmp, 'ca');
const values = join(ISTIO_DATA_DIR, 'config', 'test-default.values.json');
const mesh = join(ISTIO_DATA_DIR, 'config', 'test-default.mesh.yaml');

async function manifests(args: string[]): Promise<{ text: string; docs: Obj[] }> {
  const r = await runCli(['webhook-manifests', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return { text: r.stdout, docs: contentDocuments(parseManifests(r.stdout)) as Obj[] };
}

/** kubectl as a child process (asynchronously: the fake API server answers from this process). */
function kubectl(args: string[], input: string, env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return run('kubectl', args, tmp, input, env);
}

function run(command: string, args: string[], cwd: string, input = '', env: Record<string, string> = { PATH: process.env.PATH ?? '' }): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

const CERT_MANAGER = new Set(['cert-manager.io/v1 Issuer', 'cert-manager.io/v1 Certificate']);

describe('webhook-manifests', () => {
  it('prints Namespace, ServiceAccount, ConfigMap, Service, Deployment and MutatingWebhookConfiguration, all schema-valid', async () => {
    const { docs } = await manifests(['--ca-file', ca.certFile, '--values', values, '--mesh-config', mesh, '--native-sidecars']);
    expect(docs.map((d) => d.kind)).toEqual(['Namespace', 'ServiceAccount', 'ConfigMap', 'Service', 'Deployment', 'MutatingWebhookConfiguration']);
    const report = { validated: 0, unvalidated: [] as string[], problems: [] as string[] };
    docs.forEach((d, i) => validateObject(d, `document ${i}`, report));
    expect(report.problems).toEqual([]);
    expect(report.validated).toBe(6);

    const deploy = docs.find((d) => d.kind === 'Deployment')!;
    expect(deploy.spec.replicas).toBe(2);
    const pod = deploy.spec.template.spec;
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    const c = pod.containers[0];
    expect(c.readinessProbe.httpGet).toMatchObject({ path: '/readyz', scheme: 'HTTPS' });
    expect(c.resources.requests).toMatchObject({ cpu: expect.any(String), memory: expect.any(String) });
    expect(c.args).toEqual(expect.arrayContaining(['serve', '--native-sidecars', '--values', '--mesh-config']));

    const mwc = docs.find((d) => d.kind === 'MutatingWebhookConfiguration')!;
    expect(mwc.webhooks.length).toBe(4);
    for (const w of mwc.webhooks) {
      expect(w).toMatchObject({ admissionReviewVersions: ['v1'], sideEffects: 'None', failurePolicy: 'Ignore', timeoutSeconds: 10 });
      expect(Buffer.from(w.clientConfig.caBundle, 'base64').toString('utf8')).toBe(ca.cert);
      expect(w.clientConfig.service).toMatchObject({ name: 'kube-inject-webhook', namespace: 'kube-inject', path: '/inject', port: 443 });
    }
    const cm = docs.find((d) => d.kind === 'ConfigMap')!;
    expect(cm.data['values-0.json']).toBe(readFileSync(values, 'utf8'));
    expect(cm.data['mesh-config-0.yaml']).toBe(readFileSync(mesh, 'utf8'));
  });

  it('with --cert-manager: an Issuer and a Certificate for the Service, and the CA injected by cert-manager', async () => {
    const { docs } = await manifests(['--cert-manager', '--fail-closed', '--namespace', 'mesh-webhook', '--timeout-seconds', '5']);
    expect(docs.map((d) => d.kind)).toEqual(['Namespace', 'ServiceAccount', 'ConfigMap', 'Issuer', 'Certificate', 'Service', 'Deployment', 'MutatingWebhookConfiguration']);
    const certificate = docs.find((d) => d.kind === 'Certificate')!;
    expect(certificate.spec.dnsNames).toContain('kube-inject-webhook.mesh-webhook.svc');
    const deploy = docs.find((d) => d.kind === 'Deployment')!;
    expect(deploy.spec.template.spec.volumes[0].secret.secretName).toBe(certificate.spec.secretName);
    expect(deploy.spec.template.spec.containers[0].args).toContain('--fail-closed');
    const mwc = docs.find((d) => d.kind === 'MutatingWebhookConfiguration')!;
    expect(mwc.metadata.annotations['cert-manager.io/inject-ca-from']).toBe('mesh-webhook/kube-inject-webhook');
    for (const w of mwc.webhooks) {
      expect(w.failurePolicy).toBe('Fail');
      expect(w.timeoutSeconds).toBe(5);
      expect(w.clientConfig.caBundle).toBeUndefined();
    }
    const report = { validated: 0, unvalidated: [] as string[], problems: [] as string[] };
    docs.filter((d) => !CERT_MANAGER.has(`${d.apiVersion} ${d.kind}`)).forEach((d, i) => validateObject(d, `document ${i}`, report));
    expect(report.problems).toEqual([]);
  });

  it('refuses to print a webhook the API server could not trust, and a configuration inject would refuse', async () => {
    const none = await runCli(['webhook-manifests']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--ca-file .* or --cert-manager/);
    expect(none.stdout).toBe('');
    const bad = join(tmp, 'bad-values.yaml');
    writeFileSync(bad, 'global: [1, 2\n');
    const r = await runCli(['webhook-manifests', '--cert-manager', '--values', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(r.stdout).toBe('');
  });

  it('is accepted by kubectl apply --dry-run=client', async () => {
    const api = await startFakeKubeApi([
      { groupVersion: 'v1', kind: 'Namespace', name: 'namespaces', namespaced: false },
      { groupVersion: 'v1', kind: 'ServiceAccount', name: 'serviceaccounts', namespaced: true },
      { groupVersion: 'v1', kind: 'ConfigMap', name: 'configmaps', namespaced: true },
      { groupVersion: 'v1', kind: 'Service', name: 'services', namespaced: true },
      { groupVersion: 'apps/v1', kind: 'Deployment', name: 'deployments', namespaced: true },
      { groupVersion: 'admissionregistration.k8s.io/v1', kind: 'MutatingWebhookConfiguration', name: 'mutatingwebhookconfigurations', namespaced: false },
      { groupVersion: 'cert-manager.io/v1', kind: 'Issuer', name: 'issuers', namespaced: true },
      { groupVersion: 'cert-manager.io/v1', kind: 'Certificate', name: 'certificates', namespaced: true },
    ]);
    try {
      const kubeconfig = join(tmp, 'kubeconfig');
      writeFileSync(kubeconfig, `apiVersion: v1\nkind: Config\nclusters: [{name: fake, cluster: {server: "${api.url}"}}]\ncontexts: [{name: fake, context: {cluster: fake, user: fake}}]\ncurrent-context: fake\nusers: [{name: fake, user: {}}]\n`);
      for (const args of [['--ca-file', ca.certFile, '--values', values, '--mesh-config', mesh], ['--cert-manager', '--revision', 'canary']]) {
        const { text, docs } = await manifests(args);
        // Schemas are checked above with kubernetes-models; the fake server has no OpenAPI document.
        const r = await kubectl(['apply', '--dry-run=client', '--validate=false', '--cache-dir', join(tmp, 'kube-cache'), '-f', '-'], text, { PATH: process.env.PATH ?? '', KUBECONFIG: kubeconfig, HOME: tmp });
        expect(r.status, `kubectl apply --dry-run=client ${args.join(' ')}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
        for (const d of docs) expect(r.stdout).toMatch(new RegExp(`^${d.kind.toLowerCase()}(\\.[a-z0-9.-]+)?/${d.metadata.name} created \\(dry run\\)$`, 'm'));
        expect(r.stdout.match(/\(dry run\)/g)?.length).toBe(docs.length);
      }
      // The harness can fail: kubectl refuses a document it cannot decode (YAML 1.1 reads `y` as true).
      const broken = await kubectl(['apply', '--dry-run=client', '--validate=false', '--cache-dir', join(tmp, 'kube-cache'), '-f', '-'], 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: y\n', { PATH: process.env.PATH ?? '', KUBECONFIG: kubeconfig, HOME: tmp });
      expect(broken.status).not.toBe(0);
    } finally {
      await api.close();
    }
  });

  it('describes a Deployment that serves what kube-inject -f writes', async () => {
    const { docs } = await manifests(['--ca-file', ca.certFile, '--values', values, '--mesh-config', mesh]);
    const cm = docs.find((d) => d.kind === 'ConfigMap')!;
    const container = docs.find((d) => d.kind === 'Deployment')!.spec.template.spec.containers[0];
    // The volumes, as the kubelet would mount them: the ConfigMap's keys and a serving certificate.
    const root = join(tmp, 'mounts');
    const mounts = new Map<string, string>();
    for (const m of container.volumeMounts) {
      const dir = join(root, m.name);
      mkdirSync(dir, { recursive: true });
      mounts.set(m.mountPath, dir);
    }
    for (const [key, text] of Object.entries(cm.data as Record<string, string>)) writeFileSync(join(mounts.get('/etc/kube-inject/config')!, key), text);
    const serving = makeTestCert(mounts.get('/etc/kube-inject/tls')!, 'serving');
    writeFileSync(join(mounts.get('/etc/kube-inject/tls')!, 'tls.crt'), readFileSync(serving.certFile));
    writeFileSync(join(mounts.get('/etc/kube-inject/tls')!, 'tls.key'), readFileSync(serving.keyFile));
    const args = (container.args as string[]).map((a) => [...mounts].reduce((s, [from, to]) => s.replace(from, to), a));
    expect(args.slice(0, 3)).toEqual(['serve', '--port', '9443']);
    const serve = await startServe(args.slice(3));
    try {
      const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } };
      const res = await httpsRequest(serve.port, serving.cert, 'POST', '/inject', JSON.stringify(admissionReview(pod, 'shop', 'm-1')));
      const response = JSON.parse(res.body).response;
      const patched = applyJsonPatch(pod, JSON.parse(Buffer.from(response.patch, 'base64').toString('utf8')) as PatchOp[]);
      const file = join(tmp, 'pod.json');
      writeFileSync(file, JSON.stringify(pod));
      const cli = await runCli(['-f', file, '--values', values, '--mesh-config', mesh]);
      expect(cli.code, cli.stderr).toBe(0);
      expect(patched).toEqual(JSON.parse(cli.stdout));
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});

describe("README's own-CA path", () => {
  it('the openssl commands make a certificate that the caBundle of webhook-manifests trusts, and serve uses', async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('With your own CA:'));
    const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
    const commands = block.replace(/\\\n\s*/g, '').split('\n').filter((l) => l.startsWith('openssl '));
    expect(commands.length).toBe(3);
    const dir = join(tmp, 'own-ca');
    mkdirSync(dir);
    const script = await run('bash', ['-e', '-c', commands.join('\n')], dir);
    expect(script.status, script.stderr).toBe(0);
    const { docs } = await manifests(['--ca-file', join(dir, 'ca.crt')]);
    const caBundle = Buffer.from(docs.find((d) => d.kind === 'MutatingWebhookConfiguration')!.webhooks[0].clientConfig.caBundle, 'base64').toString('utf8');
    const serve = await startServe(['--tls-cert', join(dir, 'tls.crt'), '--tls-key', join(dir, 'tls.key')]);
    try {
      // As the API server calls it: by the Service's DNS name, trusting only the caBundle.
      const ok = await httpsRequest(serve.port, caBundle, 'GET', '/readyz', undefined, { servername: 'kube-inject-webhook.kube-inject.svc' });
      expect(ok.status).toBe(200);
      const wrongName = await httpsRequest(serve.port, caBundle, 'GET', '/readyz', undefined, { servername: 'other.kube-inject.svc' }).then(() => 'accepted', (e: Error) => e.message);
      expect(wrongName).toMatch(/altnames|Hostname/i);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});

describe("the webhooks' selectors (Istio's chart)", () => {
  const matches = (s: LabelSelector, labels: Record<string, string>) => selectorMatches(compileSelector(s), labels);
  /** Whether any webhook of `revision` is called for a pod with these labels in a namespace with these. */
  const called = (revision: string, ns: Record<string, string>, pod: Record<string, string>) => webhookSelectors(revision).some((w) => matches(w.namespaceSelector, ns) && matches(w.objectSelector, pod));
  const table: Array<[string, Record<string, string>, Record<string, string>, boolean, boolean]> = [
    // what, namespace labels, pod labels, called for the default revision, for revision "canary"
    ['namespace opted in', { 'istio-injection': 'enabled' }, {}, true, false],
    ['namespace opted in, pod opted out', { 'istio-injection': 'enabled' }, { 'sidecar.istio.io/inject': 'false' }, false, false],
    ['namespace disabled', { 'istio-injection': 'disabled' }, { 'sidecar.istio.io/inject': 'true' }, false, false],
    ['namespace on revision default', { 'istio.io/rev': 'default' }, {}, true, false],
    ['namespace on revision canary', { 'istio.io/rev': 'canary' }, {}, false, true],
    ['istio-injection wins over istio.io/rev', { 'istio-injection': 'enabled', 'istio.io/rev': 'canary' }, {}, true, false],
    ['unlabelled namespace, pod opted in', {}, { 'sidecar.istio.io/inject': 'true' }, true, false],
    ['unlabelled namespace, pod on revision canary', {}, { 'istio.io/rev': 'canary' }, false, true],
    ['unlabelled namespace, pod opted in on canary', {}, { 'sidecar.istio.io/inject': 'true', 'istio.io/rev': 'canary' }, false, true],
    ['unlabelled namespace, unlabelled pod', {}, {}, false, false],
  ];
  for (const [what, ns, pod, dflt, canary] of table) {
    it(what, () => {
      expect(called('', ns, pod), 'default revision').toBe(dflt);
      expect(called('canary', ns, pod), 'revision canary').toBe(canary);
    });
  }
});
