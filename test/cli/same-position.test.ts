/**
 * One problem, one position: where lint reports a finding and inject fails on the same field,
 * both name the same line:column (the value's for a bad value).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'ki-same-position-')), 'app.yaml');
  writeFileSync(path, text);
  return path;
}

const pod = (annotation: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels: {app: web, version: v1}\n  annotations:\n    ${annotation}\nspec:\n  containers:\n  - name: web\n    image: web:1\n`;

/** The line:column of the invalid-annotation finding of `lint`, and of the error of `inject`. */
async function bothPositions(path: string): Promise<{ lint: string[]; inject: string[] }> {
  const lint = await runCli(['lint', '-f', path, '--format', 'json']);
  const findings = JSON.parse(lint.stdout).findings as Array<{ ruleId: string; severity: string; line: number; column: number }>;
  const inject = await runCli(['-q', '-f', path]);
  expect(inject.code, inject.stderr).toBe(2);
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    lint: findings.filter((f) => f.ruleId === 'invalid-annotation' && f.severity === 'error').map((f) => `${f.line}:${f.column}`),
    inject: [...inject.stderr.matchAll(new RegExp(`^${escaped}:(\\d+:\\d+): error:`, 'gm'))].map((m) => m[1]!),
  };
}

describe('lint and inject place the same problem at the same line:column', () => {
  it('an invalid value of an annotation the injector validates: at the value', async () => {
    const path = file(pod('traffic.sidecar.istio.io/includeOutboundIPRanges: "bad"'));
    expect(await bothPositions(path)).toEqual({ lint: ['7:55'], inject: ['7:55'] });
  });

  it('an annotation value that is not a string: at the value', async () => {
    const path = file(pod('sidecar.istio.io/interceptionMode: 42'));
    expect(await bothPositions(path)).toEqual({ lint: ['7:40'], inject: ['7:40'] });
  });

  it('fixtures/mistakes.yaml: the excludeInboundPorts value of api-v1', async () => {
    expect(await bothPositions(resolve('fixtures/mistakes.yaml'))).toEqual({ lint: ['104:55'], inject: ['104:55'] });
  });
});
