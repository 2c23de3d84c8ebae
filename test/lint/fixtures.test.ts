import { readFileSync } from 'node:fs';
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
      '43:9 warning unknown-annotation',
      '54:11 error reserved-port',
      '79:5 error service-association',
      '88:3 warning service-port-conflict IST0137',
      '97:7 info service-association',
      '102:9 info deprecated-annotation',
      '104:55 error invalid-annotation',
      '108:9 error proxy-uid IST0144',
      '119:3 warning service-port-conflict IST0137',
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
    expect(at).toHaveLength(16);
  });

  test('fixtures/bookinfo.yaml (Istio\'s Bookinfo with its traffic configuration) is clean', async () => {
    const { code, report } = await lintJson('fixtures/bookinfo.yaml', '--fail-on', 'info');
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  test('fixtures/bookinfo-mistakes.yaml: one finding per mistake, each at the field named in the comment above it', async () => {
    const { code, report, at } = await lintJson('fixtures/bookinfo-mistakes.yaml');
    expect(code).toBe(1);
    expect(at).toEqual([
      '9:3 warning namespace-injection IST0123',
      '17:3 info namespace-injection IST0102',
      '93:5 warning port-name IST0150',
      '133:3 warning service-port-conflict IST0116',
      '140:7 info service-association',
      '195:16 warning image-auto IST0146',
      '219:5 error conflicting-gateways IST0145',
      '221:12 warning gateway-workload IST0162',
      '236:5 error conflicting-gateways IST0145',
      '246:5 error gateway-workload IST0101',
      '262:5 warning virtualservice-gateway IST0132',
      '262:5 error virtualservice-gateway IST0101',
      '267:9 error virtualservice-destination IST0101',
      '277:14 warning virtualservice-gateway IST0132',
      '294:9 error virtualservice-subset IST0101',
      '306:21 error virtualservice-destination IST0112',
      '311:16 error virtualservice-destination IST0101',
      '317:3 error conflicting-mesh-virtualservices IST0109',
      '329:3 error conflicting-mesh-virtualservices IST0109',
      '350:5 error destinationrule-subset IST0173',
      '364:5 warning destinationrule-subset',
      '374:9 warning destinationrule-host IST0174',
      '384:5 warning policy-workloads IST0127',
      '396:3 error sidecar-selector IST0110',
      '408:3 error sidecar-selector IST0110',
      '427:5 warning serviceentry-ports IST0134',
      '433:3 error sidecar-selector IST0111',
      '443:3 error sidecar-selector IST0111',
      '463:9 warning virtualservice-subset IST0140',
      '475:7 warning destinationrule-tls IST0128',
      '488:9 warning deprecated-field IST0002',

    ]);
    // Every finding is within a few lines under the comment that names its mistake.
    const lines = readFileSync('fixtures/bookinfo-mistakes.yaml', 'utf8').split('\n');
    for (const f of report.findings) {
      const code = f.istioCode ?? 'own';
      const comments = lines.slice(Math.max(0, f.line - 12), f.line).filter((l) => l.trimStart().startsWith('#'));
      expect(comments.length, `${f.line}:${f.column} ${code}`).toBeGreaterThan(0);
      if (f.istioCode) expect(comments.some((c) => c.includes(f.istioCode!)), `${f.line}:${f.column} ${code}`).toBe(true);
    }
  });

  test('the README\'s excerpts of both mistake reports are lines of the real reports', async () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const file of ['fixtures/mistakes.yaml', 'fixtures/bookinfo-mistakes.yaml']) {
      const io = memoryIO();
      await main(['lint', '-f', file], io);
      const block = readme.split('```').find((b) => b.startsWith(`\n${file}\n`));
      expect(block, `a README block starts with ${file}`).toBeDefined();
      const lines = block!.split('\n').filter((l) => /^\s+\d+:\d+/.test(l));
      expect(lines.length).toBeGreaterThan(2);
      for (const l of lines) expect(io.out().split('\n'), file).toContain(l);
    }
  });
});
