/**
 * `kube-inject -f fixtures/commented/…`, diffed against its input, reads as insertions plus the
 * values injection really changes: every comment, quote and flow collection of the author stays.
 * The example of the issue "The author's text survives injection" is fixtures/commented/storefront.yaml.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared.js';
import { runCli } from '../helpers/run-cli.js';

/** A line diff (longest common subsequence): the input lines removed, and the hunks of lines inserted after each input line. */
function lineDiff(before: string, after: string): { removed: string[]; inserted: Array<{ after: string; lines: string[] }> } {
  const a = before.split('\n');
  const b = after.split('\n');
  const len = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const removed: string[] = [];
  const inserted: Array<{ after: string; lines: string[] }> = [];
  let i = 0;
  let j = 0;
  const insert = (line: string): void => {
    const anchor = i === 0 ? '<start>' : a[i - 1]!;
    const last = inserted[inserted.length - 1];
    if (last && last.after === anchor && last.lines.length > 0 && b[j - 1] === last.lines[last.lines.length - 1]) last.lines.push(line);
    else inserted.push({ after: anchor, lines: [line] });
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (j === b.length || len[i + 1]![j]! >= len[i]![j + 1]!)) {
      removed.push(a[i]!);
      i++;
    } else {
      insert(b[j]!);
      j++;
    }
  }
  return { removed, inserted };
}

async function inject(fixture: string): Promise<{ input: string; output: string }> {
  const input = readFileSync(join(REPO_ROOT, fixture), 'utf8');
  const r = await runCli(['-q', '-f', join(REPO_ROOT, fixture)]);
  expect(r.code, r.stderr).toBe(0);
  return { input, output: r.stdout };
}

describe("the author's text survives injection (kube-inject -f, diffed against the input)", () => {
  it("the issue's example: insertions, and the rewritten probe as the only changed line", async () => {
    const { input, output } = await inject('fixtures/commented/storefront.yaml');
    const diff = lineDiff(input, output);
    expect(diff.removed).toEqual(['          httpGet: {path: /ready, port: 8080}']);
    // The probe keeps its flow style and its place; only its values change.
    expect(output).toContain('        readinessProbe:\n          httpGet: {path: /app-health/web/readyz, port: 15020}\n');
    // Two runs of insertions: the pod's labels and annotations after `version: v1`, then after the
    // app container istio-proxy, the volumes and the init container.
    expect(diff.inserted.map((h) => h.after)).toEqual(['        version: v1', '          httpGet: {path: /ready, port: 8080}']);
    const [meta, rest] = diff.inserted.map((h) => h.lines.join('\n'));
    expect(meta).toMatch(/^ {8}security\.istio\.io\/tlsMode: istio\n/);
    expect(meta).toContain('\n      annotations:\n        istio.io/rev: default\n');
    expect(rest).toMatch(/^ {10}httpGet: \{path: \/app-health\/web\/readyz, port: 15020\}\n {6}- name: istio-proxy\n/);
    expect(rest).toContain('\n      volumes:\n      - name: workload-socket\n');
    expect(rest).toContain('\n      initContainers:\n      - name: istio-init\n');
    // Every comment, in order, and the quotes.
    for (const kept of ['# Storefront: the public web tier.\n', '  name: web   # the name the Service selects\n', '  replicas: 3 # scaled by HPA in prod\n', '      # app container first\n', '        image: "nginx:1.27"   # pinned\n']) {
      expect(output).toContain(kept);
    }
  });

  it('a richer example: only the values injection rewrites change, in their own quoting and flow style', async () => {
    const { input, output } = await inject('fixtures/commented/shop.yaml');
    const diff = lineDiff(input, output);
    expect(diff.removed).toEqual([
      // Prometheus is pointed at the agent (the app's own settings move into the proxy's env).
      '        prometheus.io/port: "9090"',
      '        prometheus.io/path: /metrics',
      // The liveness probe goes through the agent.
      '              path: /healthz',
      '              port: 8080',
      // The CronJob's pod labels gain Istio's labels, inside the author's flow mapping.
      '          labels: {app: orders-report, version: v1}',
    ]);
    expect(output).toContain('        prometheus.io/port: "15020"\n        prometheus.io/path: /stats/prometheus\n');
    expect(output).toContain('          labels: {app: orders-report, version: v1, security.istio.io/tlsMode: istio, ');
    // The author's indented lists stay indented, and new lists follow them.
    expect(output).toContain('      containers:\n        - name: orders\n');
    expect(output).toContain('\n        - name: istio-proxy\n          image: docker.io/istio/proxyv2:1.31.0\n          args:\n            - proxy\n');
    // The untouched ConfigMap, the Service and every comment stay byte for byte.
    for (const line of input.split('\n').filter((l) => l.includes('#'))) expect(output).toContain(line);
    expect(output.endsWith(input.slice(input.lastIndexOf('---\napiVersion: v1\nkind: ConfigMap')))).toBe(true);
  });
});
