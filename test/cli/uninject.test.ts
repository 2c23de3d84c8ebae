/**
 * `kube-inject uninject`: the round trip on the project's fixtures, byte-for-byte passthrough of
 * documents that were never injected, the per-resource report, and the named warnings where a
 * round trip cannot be exact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeStream } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const BOOKSHOP = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');

const uninject = (text: string, ...args: string[]) => runCli(['uninject', '-f', '-', ...args], { stdin: text });

const DEPLOYMENT = (annotations: string, labels = '        app: web\n') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
${annotations}      labels:
${labels}    spec:
      containers:
      - name: web
        image: example/web:1
        ports:
        - containerPort: 8080
          name: http
        readinessProbe:
          httpGet:
            path: /ready
            port: 8080
`;

describe('kube-inject uninject', () => {
  it('gives back the bundled example after injection (structurally)', async () => {
    const input = readFileSync(BOOKSHOP, 'utf8');
    const injected = await runCli(['-f', BOOKSHOP]);
    expect(injected.code, injected.stderr).toBe(0);
    expect(injected.stdout).toContain('sidecar.istio.io/status');
    const r = await uninject(injected.stdout);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('istio-proxy');
    expect(normalizeStream(r.stdout)).toEqual(normalizeStream(input));
  });

  it('writes documents without a status annotation byte for byte (comments, quotes and all)', async () => {
    const input = readFileSync(BOOKSHOP, 'utf8');
    const r = await uninject(input);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(input);
    expect(r.stderr).toContain('Deployment "bookshop/storefront-v1" unchanged');
  });

  it('reports each resource on stderr (quiet: none), stdout carries manifests only', async () => {
    const injected = await runCli(['-f', BOOKSHOP]);
    const r = await uninject(injected.stdout);
    expect(r.stderr).toContain('Service "bookshop/catalog" unchanged');
    expect(r.stderr).toMatch(/Deployment "bookshop\/catalog-v1" uninjected \(removed label security\.istio\.io\/tlsMode, .*annotation istio\.io\/rev/);
    const quiet = await uninject(injected.stdout, '-q');
    expect(quiet.stderr).not.toContain('uninjected');
    expect(quiet.stdout).toBe(r.stdout);
  });

  it('keeps the pod\'s own labels and annotations, and its probes as they were', async () => {
    const input = DEPLOYMENT('      annotations:\n        team: payments\n', '        app: web\n        service.istio.io/canonical-name: storefront\n');
    const injected = await uninjectRoundTrip(input);
    expect(normalizeStream(injected.r.stdout)).toEqual(normalizeStream(input));
  });

  it('keeps a canonical-name of the pod\'s own that only looks like injection\'s when its app label is gone', async () => {
    // Without the app label, injection would name the workload "web" itself: a first guess takes
    // the label for injection's, and the check that injection gives it back refutes it.
    const input = DEPLOYMENT('', '        app: api\n        service.istio.io/canonical-name: web\n');
    const { r } = await uninjectRoundTrip(input);
    expect(normalizeStream(r.stdout)).toEqual(normalizeStream(input));
    expect(r.stderr).toContain('removed label security.istio.io/tlsMode, label service.istio.io/canonical-revision,');
  });

  it('uninjects each pod with the revision its status records, unless --revision says', async () => {
    const input = DEPLOYMENT('');
    const injected = await runCli(['-f', '-', '--revision', 'canary'], { stdin: input });
    expect(injected.stdout).toContain('istio.io/rev: canary');
    const r = await uninject(injected.stdout);
    expect(r.code, r.stderr).toBe(0);
    expect(normalizeStream(r.stdout)).toEqual(normalizeStream(input));
    // Told another revision, the engine does not write "canary": the annotation is the pod's own.
    const told = await uninject(injected.stdout, '--revision', 'stable');
    expect(told.stdout).toContain('istio.io/rev: canary');
  });

  it('names a key injection overwrites, whose earlier value is lost [overwritten-by-injection]', async () => {
    const input = DEPLOYMENT('      annotations:\n        istio.io/rev: canary\n');
    const { r } = await uninjectRoundTrip(input);
    expect(r.stderr).toMatch(/warning: annotation istio\.io\/rev removed: injection sets it to "default" whatever the pod had.*\(1 resource\) \[overwritten-by-injection\]/);
    const [back] = normalizeStream(r.stdout) as any[];
    const [want] = normalizeStream(input) as any[];
    delete want.spec.template.metadata.annotations; // its only key was istio.io/rev
    expect(back).toEqual(want);
  });

  it('names a probe whose port Istio recorded as a number where the container names it [probe-port-number]', async () => {
    const input = DEPLOYMENT('').replace('port: 8080\n', 'port: http\n');
    const { r } = await uninjectRoundTrip(input);
    expect(r.stderr).toContain('warning: Deployment "shop/web": container "web": readinessProbe restored with port 8080; Istio records a probe\'s port as a number, so if it named the port ("http") write the name back [probe-port-number]');
    expect(r.stdout).toMatch(/readinessProbe:\n\s+httpGet:\n\s+path: \/ready\n\s+port: 8080\n/);
  });

  it('keeps a JSON document JSON', async () => {
    const injected = await runCli(['-f', '-'], { stdin: JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'x' }] } }) });
    expect(injected.code, injected.stderr).toBe(0);
    const r = await uninject(injected.stdout);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'a', image: 'x' }] } });
  });

  it('fails on unreadable input with a position and writes nothing', async () => {
    const r = await uninject('kind: Pod\nmetadata: [unclosed\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/<stdin>:\d+:\d+: error/);
  });
});

async function uninjectRoundTrip(input: string) {
  const injected = await runCli(['-f', '-'], { stdin: input });
  expect(injected.code, injected.stderr).toBe(0);
  const r = await uninject(injected.stdout);
  expect(r.code, r.stderr).toBe(0);
  return { injected, r };
}
