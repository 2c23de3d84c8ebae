/**
 * istioctl's own CLI test (`istioctl/pkg/kubeinject/kubeinject_test.go`, TestKubeInject), run
 * through kube-inject with the same files: `test/data/istio/kubeinject-cli/`.
 *
 * istioctl flag → kube-inject flag:
 *   --meshConfigFile → --mesh-config, --injectConfigFile → --inject-config,
 *   --valuesFile → --values, --operatorFileName → --operator-file, -f → -f.
 * Like `istioctl kube-inject` offline, native sidecars are off unless --native-sidecars is given
 * (the goldens have istio-proxy as a container).
 *
 * Differences, on purpose:
 *   - case 0: istioctl fails without -f; kube-inject reads stdin then, so the equivalent is "no
 *     -f and stdin is a terminal" (exit 2, the message names -f).
 *   - case 6: istioctl's -f is a single-valued flag (the second `-f hello.yaml` replaces the
 *     first); kube-inject's -f repeats, so the same arguments give the document twice, each
 *     equal to the golden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertValidManifests } from '../helpers/k8s-schema.js';
import { contentDocuments, normalizeManifest, normalizeStream, parseManifests } from '../helpers/normalize.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { locateConformanceData, missingDataMessage } from '../helpers/shared.js';

const loc = locateConformanceData();

describe('istioctl kube-inject conformance data', () => {
  it('is present (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
});

interface CliCase {
  readonly name: string;
  /** The istioctl arguments of the Go test, for the record. */
  readonly istioctl: string;
  /** Our arguments; `@/x` is `<kubeinject-cli>/x`. */
  readonly args: readonly string[];
  readonly golden: string;
  /** How many times the golden document must appear, in order. */
  readonly times?: number;
}

const CASES: readonly CliCase[] = [
  {
    name: 'case 2: mesh config, inject config (templates map), values',
    istioctl: '--meshConfigFile testdata/mesh-config.yaml --injectConfigFile testdata/inject-config.yaml -f testdata/deployment/hello.yaml --valuesFile testdata/inject-values.yaml',
    args: ['--mesh-config', '@/mesh-config.yaml', '--inject-config', '@/inject-config.yaml', '-f', '@/deployment/hello.yaml', '--values', '@/inject-values.yaml'],
    golden: 'deployment/hello.yaml.injected',
  },
  {
    name: 'case 3: mesh config, inline inject config (a bare template), values',
    istioctl: '--meshConfigFile testdata/mesh-config.yaml --injectConfigFile testdata/inject-config-inline.yaml -f testdata/deployment/hello.yaml --valuesFile testdata/inject-values.yaml',
    args: ['--mesh-config', '@/mesh-config.yaml', '--inject-config', '@/inject-config-inline.yaml', '-f', '@/deployment/hello.yaml', '--values', '@/inject-values.yaml'],
    golden: 'deployment/hello.yaml.injected',
  },
  {
    name: 'case 4: operator file and inject config only',
    istioctl: '--operatorFileName testdata/istio-operator.yaml --injectConfigFile testdata/inject-config-iop.yaml -f testdata/deployment/hello.yaml',
    args: ['--operator-file', '@/istio-operator.yaml', '--inject-config', '@/inject-config-iop.yaml', '-f', '@/deployment/hello.yaml'],
    golden: 'deployment/hello.yaml.iop.injected',
  },
  {
    name: 'case 5: operator file and inline inject config',
    istioctl: '--operatorFileName testdata/istio-operator.yaml --injectConfigFile testdata/inject-config-inline-iop.yaml -f testdata/deployment/hello.yaml',
    args: ['--operator-file', '@/istio-operator.yaml', '--inject-config', '@/inject-config-inline-iop.yaml', '-f', '@/deployment/hello.yaml'],
    golden: 'deployment/hello.yaml.iop.injected',
  },
  {
    name: 'case 6: operator file with a values file (operator values win), -f given twice',
    istioctl:
      '--operatorFileName testdata/istio-operator.yaml --injectConfigFile testdata/inject-config-iop.yaml -f testdata/deployment/hello.yaml -f testdata/deployment/hello.yaml --valuesFile testdata/inject-values.yaml',
    args: ['--operator-file', '@/istio-operator.yaml', '--inject-config', '@/inject-config-iop.yaml', '-f', '@/deployment/hello.yaml', '-f', '@/deployment/hello.yaml', '--values', '@/inject-values.yaml'],
    golden: 'deployment/hello.yaml.iop.injected',
    times: 2,
  },
  {
    name: 'case 7: proxy.istio.io/config annotation (holdApplicationUntilProxyStarts)',
    istioctl: '--meshConfigFile testdata/mesh-config.yaml --injectConfigFile testdata/inject-config.yaml -f testdata/deployment/hello-with-proxyconfig-anno.yaml --valuesFile testdata/inject-values.yaml',
    args: ['--mesh-config', '@/mesh-config.yaml', '--inject-config', '@/inject-config.yaml', '-f', '@/deployment/hello-with-proxyconfig-anno.yaml', '--values', '@/inject-values.yaml'],
    golden: 'deployment/hello-with-proxyconfig-anno.yaml.injected',
  },
];

if (loc.dir !== null) {
  const dir = join(loc.dir, 'kubeinject-cli');
  const resolveArg = (a: string): string => (a.startsWith('@/') ? join(dir, a.slice(2)) : a);
  const header = (args: readonly string[], r: CliRun): string => `  kube-inject ${args.join(' ')}\n  exit ${r.code}; stderr:\n${r.stderr.replace(/^/gm, '    ')}`;

  describe('istioctl kube-inject test cases', () => {
    for (const c of CASES) {
      const args = c.args.map(resolveArg);
      const goldenPath = join(dir, c.golden);
      const runOnce = (() => {
        let p: Promise<CliRun> | null = null;
        return () => (p ??= runCli(args));
      })();

      it(`${c.name}: matches ${c.golden}`, async () => {
        const r = await runOnce();
        const msg = `${c.name}\n  (istioctl ${c.istioctl})\n${header(args, r)}\n  golden: ${goldenPath}`;
        expect(r.code, `${msg}\nexpected exit 0`).toBe(0);
        const golden = normalizeStream(readFileSync(goldenPath, 'utf8'), { golden: true, filename: goldenPath });
        expect(golden.length, `${goldenPath} must hold one document`).toBe(1);
        const expected = Array.from({ length: c.times ?? 1 }, () => golden[0]);
        const actual = contentDocuments(parseManifests(r.stdout, '<stdout>')).map(normalizeManifest);
        for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
          expect(actual[i], `${msg}\ndocument ${i} differs from the golden (- golden, + kube-inject)`).toEqual(expected[i]);
        }
        expect(actual.length, `${msg}\nnumber of documents`).toBe(expected.length);
      });

      it(`${c.name}: writes schema-valid manifests`, async () => {
        const r = await runOnce();
        expect(r.code, header(args, r)).toBe(0);
        assertValidManifests(r.stdout, `stdout of ${c.name}`);
      });
    }

    it('case 0: no input (no -f, stdin is a terminal) fails with exit 2 and names -f', async () => {
      const args = ['--mesh-config', join(dir, 'mesh-config.yaml'), '--inject-config', join(dir, 'inject-config.yaml'), '--values', join(dir, 'inject-values.yaml')];
      const r = await runCli(args, { stdinIsTTY: true });
      expect(r.code, header(args, r)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr, header(args, r)).toMatch(/(^|\W)-f(\W|$)/);
    });

    it('case 1: a missing input file fails with exit 2, naming the file and the reason', async () => {
      const args = ['-f', 'missing.yaml', '--mesh-config', join(dir, 'mesh-config.yaml'), '--inject-config', join(dir, 'inject-config.yaml'), '--values', join(dir, 'inject-values.yaml')];
      const r = await runCli(args);
      expect(r.code, header(args, r)).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr, header(args, r)).toContain('missing.yaml');
      expect(r.stderr, header(args, r)).toMatch(/no such file or directory/i);
    });
  });
}
