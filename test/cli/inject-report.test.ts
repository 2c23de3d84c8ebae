import { describe, expect, it } from 'vitest';
import { assertValidManifests } from '../helpers/k8s-schema.js';
import { runCliOnText } from '../helpers/run-cli.js';

const STREAM = [
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - name: http\n    port: 80\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web, version: v1}\n    spec:\n      containers:\n      - name: web\n        image: web:1\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\n  namespace: data\nspec:\n  selector:\n    matchLabels: {app: db}\n  template:\n    metadata:\n      labels: {app: db, version: v1}\n    spec:\n      hostNetwork: true\n      containers:\n      - name: db\n        image: db:1\n',
].join('---\n');

describe('the per-resource report', () => {
  it('says what happened to each resource, after the output, on stderr', async () => {
    const r = await runCliOnText(STREAM);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => /^(Service|Deployment|warning)/.test(l));
    expect(lines).toEqual(['Service "web" unchanged', 'Deployment "web" injected', 'warning: Deployment "data/db" skipped: host networking']);
    for (const line of lines) expect(r.stdout).not.toContain(line);
    assertValidManifests(r.stdout);
  });

  it('--quiet keeps only the warnings', async () => {
    const r = await runCliOnText(STREAM, ['-q']);
    expect(r.stderr).not.toMatch(/^(service|deployment) "/m);
    expect(r.stderr).toContain('warning: Deployment "data/db" skipped: host networking');
  });

  it('writes a skipped workload byte-for-byte', async () => {
    const r = await runCliOnText(STREAM, ['-q']);
    expect(r.stdout).toContain(STREAM.split('---\n')[2]);
    expect(r.stdout.startsWith(STREAM.split('---\n')[0]!)).toBe(true);
  });
});

describe('the bundled example', () => {
  it('injects every Deployment of fixtures/bookshop.yaml into valid manifests, and passes the rest through', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../fixtures/bookshop.yaml', import.meta.url), 'utf8');
    const r = await runCliOnText(text);
    expect(r.code, r.stderr).toBe(0);
    assertValidManifests(r.stdout);
    expect(r.stderr.match(/^Deployment "[^"]+" injected$/gm)).toHaveLength(5);
    expect(r.stdout).toContain('    Welcome to the bookshop.\n    ---\n'); // the ConfigMap, byte-for-byte
  });
});

describe('errors of several workloads', () => {
  const bad = (name: string, value: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}}\nspec:\n  selector: {matchLabels: {app: ${name}}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n      annotations:\n        traffic.sidecar.istio.io/excludeInboundPorts: "${value}"\n    spec:\n      containers: [{name: ${name}, image: nginx}]\n`;

  it('are all listed, each at its own line and column, and nothing is written', async () => {
    const r = await runCliOnText([bad('a', 'x'), STREAM, bad('b', 'y')].join('---\n'), ['-q']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const errors = r.stderr.split('\n').filter((l) => /: error: Deployment/.test(l));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/:10:55: error: Deployment "a": invalid value "x"/);
    expect(errors[1]).toMatch(/:\d+:55: error: Deployment "b": invalid value "y"/);
    expect(r.stderr).toContain('kube-inject: 2 errors; nothing was written');
  });
});
