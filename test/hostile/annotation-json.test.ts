/**
 * Structured annotation values that crashed kube-inject ("internal error", exit 2, no position):
 * ProxyConfig keys named like Object's own properties, and JSON nested thousands of levels deep.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

function pod(name: string, value: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\n  annotations:\n    ${name}: ${JSON.stringify(value)}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
}

/** `levels` nested objects around 1. */
function nested(levels: number): string {
  return '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
}

describe('proxy.istio.io/config with keys named like Object.prototype members', () => {
  it('is accepted as Istio accepts unknown fields; lint names them', async () => {
    for (const key of ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty']) {
      const doc = pod('proxy.istio.io/config', `${key}: 1`);
      const inject = await runCli(['-q', '-f', '-'], { stdin: doc });
      expect(inject.stderr, key).not.toContain('internal error');
      expect(inject.code, `${key}: ${inject.stderr}`).toBe(0);
      const lint = await runCli(['lint', '-f', '-'], { stdin: doc });
      expect(lint.stderr, key).not.toContain('internal error');
      expect(lint.code, `${key}: ${lint.stdout}${lint.stderr}`).toBe(0);
      expect(lint.stdout).toContain(`ProxyConfig has no field ${JSON.stringify(key)}`);
    }
  });

  it('that is a mapping under such a key is still rejected when a known field is wrong', async () => {
    const r = await runCli(['-q', '-f', '-'], { stdin: pod('proxy.istio.io/config', 'constructor: {}\nstatusPort: nope') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:7:\d+: error: .*statusPort/);
  });
});

describe('JSON nested deeper than a YAML document may be, inside an annotation', () => {
  const overrides = (levels: number): string => `{"containers":[{"name":"istio-proxy","x":${nested(levels)}}]}`;
  const cases: Array<[string, string]> = [
    ['proxy.istio.io/overrides', overrides(3000)],
    ['proxy.istio.io/overrides', overrides(2000)],
    ['sidecar.istio.io/userVolume', `{"v":${nested(5000)}}`],
    ['sidecar.istio.io/userVolumeMount', `{"v":${nested(101)}}`],
    ['sidecar.istio.io/status', `{"containers":${'['.repeat(5000)}${']'.repeat(5000)}}`],
  ];

  it('is an error at the annotation, naming the limit, for inject and lint', async () => {
    for (const [name, value] of cases) {
      const doc = pod(name, value);
      const inject = await runCli(['-q', '-f', '-'], { stdin: doc });
      expect(inject.code, `${name}: ${inject.stderr.slice(0, 300)}`).toBe(2);
      expect(inject.stdout, name).toBe('');
      expect(inject.stderr, name).toMatch(new RegExp(`^<stdin>:7:\\d+: error: Pod "p": annotation ${name.replace(/\./g, '\\.')}: JSON nested more than 100 levels deep; the limit is 100`, 'm'));
      const lint = await runCli(['lint', '-f', '-'], { stdin: doc });
      expect(lint.code, name).toBe(1);
      expect(lint.stdout, name).toMatch(/7:\d+\s+error\s+Pod "p": annotation .*: JSON nested more than 100 levels deep; the limit is 100/);
    }
  });

  it('is fine when the volume fits in a pod (a document has the same limit)', async () => {
    const r = await runCli(['-q', '-f', '-'], { stdin: pod('sidecar.istio.io/userVolume', `{"v":{"emptyDir":${nested(80)}}}`) });
    expect(r.code, r.stderr.slice(0, 300)).toBe(0);
  });

  it('is refused by the template functions that parse JSON, not swallowed', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ki-deep-'));
    const tmpl = join(dir, 'sidecar.tmpl');
    writeFileSync(tmpl, 'metadata:\n  labels:\n    n: {{ len (fromJSON (index .ObjectMeta.Annotations "example.com/deep")) | quote }}\n');
    const r = await runCli(['-q', '-f', '-', '--inject-config', tmpl], { stdin: pod('example.com/deep', nested(3000)) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/template: .*sidecar.*:3:\d+: executing .*error calling fromJSON: JSON nested more than 100 levels deep/);
  });

  it('in the env of a proxy injected before is unreadable, as text that is not JSON is, instead of a crash', async () => {
    const status = JSON.stringify({ initContainers: ['istio-init'], containers: ['istio-proxy'], volumes: [], imagePullSecrets: null, revision: 'default' });
    const probers = `{"/app-health/app/readyz":${nested(100_000)}}`;
    const doc = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\n  annotations:\n    sidecar.istio.io/status: ${JSON.stringify(status)}\nspec:\n  containers:\n  - name: app\n    image: app:1\n    readinessProbe: {httpGet: {path: /r, port: 80}}\n  - name: istio-proxy\n    image: proxy\n    env:\n    - name: ISTIO_KUBE_APP_PROBERS\n      value: ${JSON.stringify(probers)}\n    - name: ISTIO_PROMETHEUS_ANNOTATIONS\n      value: ${JSON.stringify(nested(100_000))}\n`;
    const r = await runCli(['-q', '-f', '-'], { stdin: doc });
    expect(r.stderr).not.toContain('internal error');
    expect(r.code, r.stderr.slice(0, 300)).toBe(0);
  });
});
