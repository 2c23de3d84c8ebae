import type { OutputStream } from '../../../src/cli/io.js';
import type { ReporterOptions } from '../../../src/emit/findings/index.js';
import { RULES } from '../../../src/lint/registry.js';
import type { Finding } from '../../../src/lint/types.js';

export function finding(o: Partial<Finding> & { file?: string } = {}): Finding {
  const { file = 'manifests/app.yaml', ...rest } = o;
  return {
    ruleId: 'port-name',
    severity: 'info',
    istioCode: 'IST0118',
    message: 'port 80 (targetPort 8080) has no name',
    document: { file, index: 1, startLine: 12 },
    pointer: '/spec/ports/0',
    line: 20,
    column: 5,
    resource: { apiVersion: 'v1', kind: 'Service', namespace: 'shop', name: 'web' },
    resourceLabel: 'Service "shop/web"',
    ...rest,
  };
}

export function sink(isTTY = false): OutputStream & { text: () => string } {
  let text = '';
  return { write: (s) => void (text += s), isTTY, text: () => text };
}

export function options(out: OutputStream, o: Partial<ReporterOptions> = {}): ReporterOptions {
  return { out, rules: RULES.map((r) => r.meta), cwd: '/repo', colorLevel: 0, toolVersion: '9.9.9', ...o };
}
