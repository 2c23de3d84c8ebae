/** Every warning the engine gives about its configuration reaches the user. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\nspec:\n  containers:\n  - name: app\n    image: app:1\n';

describe('configuration warnings', () => {
  it('an invalid neverInjectSelector is ignored, as Istio does, and the user is told', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ki-config-warnings-'));
    writeFileSync(join(dir, 'pod.yaml'), POD);
    writeFileSync(join(dir, 'values.yaml'), 'sidecarInjectorWebhook:\n  neverInjectSelector:\n  - matchLabels: {"a/b/c": x}\n');
    const r = await runCli(['-f', join(dir, 'pod.yaml'), '--values', join(dir, 'values.yaml'), '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*neverInjectSelector\[0\].*ignored/m);
    expect(r.stdout).toContain('name: istio-proxy');
  });
});
