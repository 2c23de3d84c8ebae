import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';

async function lintJson(file: string, ...args: string[]) {
  const io = memoryIO();
  const code = await main(['lint', '-f', file, '--format', 'json', ...args], io);
  expect(io.err()).toBe('');
  const report = JSON.parse(io.out()) as {
    findings: Array<{ ruleId: string; severity: string; line: number; column: number; istioCode: string | null }>;
    suppressed: Array<{ ruleId: string; line: number; column: number; resource: { name: string }; suppression: unknown }>;
  };
  return { code, report, at: report.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}${f.istioCode ? ` ${f.istioCode}` : ''}`) };
}

describe('bundled fixtures', () => {
  test('fixtures/bookshop.yaml is clean', async () => {
    const io = memoryIO();
    expect(await main(['lint', '-f', 'fixtures/bookshop.yaml'], io)).toBe(0);
    expect(io.out()).toBe('no problems found\n');
    const { code, report } = await lintJson('fixtures/bookshop.yaml', '--fail-on', 'info');
    expect(code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([]);
  });

  test('fixtures/mistakes.yaml gives the expected findings', async () => {
    const { code, report, at } = await lintJson('fixtures/mistakes.yaml');
    expect(code).toBe(1);
    expect(at).toEqual([
      '20:5 info port-name IST0118',
      '31:5 warning misplaced-annotation IST0107',
      '39:7 warning app-version-labels',
      '43:9 warning unknown-annotation IST0108',
      '54:11 error reserved-port',
      '79:5 error service-association IST0116',
      '81:5 warning service-association IST0137',
      '97:7 info service-association',
      '102:9 info deprecated-annotation IST0135',
      '104:55 error invalid-annotation IST0125',
      '108:9 error proxy-uid IST0144',
      '128:7 info service-association',
      '129:9 warning app-version-labels',
      '151:7 warning service-association',
      '192:9 warning job-sidecar',
      '218:7 info host-network',
    ]);
    expect(report.suppressed).toEqual([
      expect.objectContaining({
        ruleId: 'service-association',
        line: 173,
        column: 7,
        resource: expect.objectContaining({ name: 'order-worker' }),
        suppression: { kind: 'annotation', reason: 'consumes the orders queue; serves no traffic' },
      }),
    ]);
  });

  test('--native-sidecars clears the CronJob finding', async () => {
    const { at } = await lintJson('fixtures/mistakes.yaml', '--native-sidecars');
    expect(at.some((a) => a.endsWith('job-sidecar'))).toBe(false);
    expect(at).toHaveLength(15);
  });
});
