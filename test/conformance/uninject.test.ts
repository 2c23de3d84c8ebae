/**
 * The uninject round trip over the whole conformance folder, with each case's settings:
 *   - uninject(Istio's golden) is the case's input, and
 *   - uninject(inject(input)) is the input,
 * both structurally (the golden comparison's normalisation). Where uninjection cannot be exact
 * it says so in a named warning, and the test holds it to that: the difference must be exactly
 * what the warnings name (a probe port Istio recorded as a number; a key injection overwrites).
 * The one case whose input is itself injected (merge-probers.yaml) uninjects to the pod without
 * its sidecar, checked on its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDocuments, fixIstioCronJob, normalizeStream, parseManifests } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { locateConformanceData, missingDataMessage } from '../helpers/shared.js';
import { planInjectCases, type GoldenCase } from './cases.js';

const loc = locateConformanceData();
const shared = loc.dir!;
const injectDir = join(shared, 'inject');
let tmp: string | null = null;
const tmpDir = (): string => (tmp ??= mkdtempSync(join(tmpdir(), 'kube-inject-uninject-')));
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** The case's settings as options (the same for inject and uninject). */
function settings(c: GoldenCase): string[] {
  const slug = c.id.replace(/[^A-Za-z0-9.-]+/g, '_');
  const args = ['--values', join(shared, 'config', 'test-default.values.json')];
  if (c.values) {
    const file = join(tmpDir(), `${slug}.values.${c.values.format}`);
    writeFileSync(file, c.values.format === 'json' ? JSON.stringify(c.values.data) : dump(c.values.data));
    args.push('--values', file);
  }
  args.push('--mesh-config', join(shared, 'config', 'test-default.mesh.yaml'));
  if (c.mesh) {
    const file = join(tmpDir(), `${slug}.mesh.yaml`);
    writeFileSync(file, dump(c.mesh));
    args.push('--mesh-config', file);
  }
  if (c.operatorFile) args.push('--operator-file', join(injectDir, c.operatorFile));
  if (c.native) args.push('--native-sidecars');
  return args;
}

interface Named {
  probes: Array<{ container: string; probe: string; port: number; name: string }>;
  overwritten: Array<{ field: 'labels' | 'annotations'; key: string }>;
  /** `spec.minReadySeconds` … of the resources named. */
  zeroFields: Array<{ resource: string; fields: string[] }>;
}

/** The named differences in an uninject run's stderr. */
export function namedDifferences(stderr: string): Named {
  const probes = [...stderr.matchAll(/container "([^"]+)": (\w+) restored with port (\d+);[^(]*\("([^"]+)"\).*\[probe-port-number\]/g)].map((m) => ({
    container: m[1]!,
    probe: m[2]!,
    port: Number(m[3]),
    name: m[4]!,
  }));
  const overwritten = [...stderr.matchAll(/warning: (label|annotation) (\S+) removed: .*\[overwritten-by-injection\]/g)].map((m) => ({
    field: m[1] === 'label' ? ('labels' as const) : ('annotations' as const),
    key: m[2]!,
  }));
  const zeroFields = [...stderr.matchAll(/warning: \w+ "(?:[^"/]*\/)?([^"]+)": ((?:spec\.\w+(?: and )?)+): .*\[zero-fields-dropped\]/g)].map((m) => ({
    resource: m[1]!,
    fields: m[2]!.split(' and ').map((f) => f.replace(/^spec\./, '')),
  }));
  return { probes, overwritten, zeroFields };
}

function podTemplates(doc: any): any[] {
  if (!doc || typeof doc !== 'object') return [];
  if (doc.kind === 'List') return (doc.items ?? []).flatMap(podTemplates);
  if (doc.kind === 'Pod') return [doc];
  if (doc.kind === 'CronJob') return [doc.spec?.jobTemplate?.spec?.template].filter(Boolean);
  return [doc.spec?.template].filter(Boolean);
}

/** The uninjected documents with the named differences put back as the input had them. */
function explained(actual: unknown[], input: unknown[], named: Named): { actual: unknown[]; input: unknown[] } {
  const a = structuredClone(actual);
  const x = structuredClone(input);
  for (const pod of a.flatMap(podTemplates)) {
    for (const p of named.probes) {
      for (const c of [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]) {
        const h = c.name === p.container ? (c[p.probe]?.httpGet ?? c[p.probe]?.tcpSocket) : undefined;
        if (h && h.port === p.port) h.port = p.name;
      }
    }
  }
  // A key injection overwrites: the input's own value of it (if any) is what is lost.
  for (const pod of x.flatMap(podTemplates)) for (const o of named.overwritten) if (pod.metadata?.[o.field]) delete pod.metadata[o.field][o.key];
  for (const pod of a.flatMap(podTemplates)) for (const o of named.overwritten) if (pod.metadata?.[o.field]) delete pod.metadata[o.field][o.key];
  // Zero-valued omitempty fields the input had: Go dropped them, and they are named.
  for (const z of named.zeroFields) for (const d of (x as any[]).flatMap((o) => (o?.kind === 'List' ? o.items : [o]))) if (d?.metadata?.name === z.resource) for (const f of z.fields) if (d.spec?.[f] === 0 || d.spec?.[f] === false) delete d.spec[f];
  return { actual: a, input: x };
}

describe('uninject round trip over the conformance cases', () => {
  it('has the Istio test data', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  const plan = planInjectCases(injectDir);
  const goldens = plan.cases.filter((c): c is GoldenCase => c.kind === 'golden');
  it('covers every golden case of the suite', () => {
    expect(goldens.length).toBeGreaterThan(40);
  });

  for (const c of goldens) {
    const inputPath = join(injectDir, c.input);
    const inputText = readFileSync(inputPath, 'utf8');
    const inputDocs = contentDocuments(parseManifests(inputText, inputPath));
    const alreadyInjected = inputText.includes('sidecar.istio.io/status');

    it(`${c.id}: uninject(golden) is the input, but for what the warnings name`, async () => {
      const golden = contentDocuments(parseManifests(readFileSync(join(injectDir, c.golden), 'utf8')));
      // Istio's CronJob defect (labels on the Job template) is undone first, as in the golden comparison.
      const text = golden.map((d, i) => dump(fixIstioCronJob(d, inputDocs[i]))).join('---\n');
      const r = await runCli(['uninject', '-f', '-', ...settings(c)], { stdin: text });
      expect(r.code, r.stderr).toBe(0);
      await compare(c, inputText, alreadyInjected, r);
    });

    it(`${c.id}: uninject(inject(input)) is the input, but for what the warnings name`, async () => {
      const injected = await runCli(['-f', inputPath, ...settings(c)]);
      expect(injected.code, injected.stderr).toBe(0);
      const r = await runCli(['uninject', '-f', '-', ...settings(c)], { stdin: injected.stdout });
      expect(r.code, r.stderr).toBe(0);
      await compare(c, inputText, alreadyInjected, r);
    });
  }
});

/**
 * The uninjected stream against the input, but for what the warnings name. An input that is
 * itself injected is compared with its own uninjection, as it is.
 */
async function compare(c: GoldenCase, inputText: string, alreadyInjected: boolean, r: { stdout: string; stderr: string }): Promise<void> {
  if (alreadyInjected) {
    const own = await runCli(['uninject', '-f', '-', ...settings(c)], { stdin: inputText });
    expect(own.code, own.stderr).toBe(0);
    expect(own.stdout).not.toContain('sidecar.istio.io/status');
    expect(normalizeStream(r.stdout), `${c.id}\n${r.stderr}`).toEqual(normalizeStream(own.stdout));
    return;
  }
  const e = explained(normalizeStream(r.stdout), normalizeStream(inputText), namedDifferences(r.stderr));
  expect(e.actual, `${c.id}\n${r.stderr}`).toEqual(e.input);
}

/** istioctl's own CLI test files (test/data/istio/kubeinject-cli/): their small templates and settings. */
describe('uninject round trip over istioctl kube-inject\'s test files', () => {
  const dir = join(shared, 'kubeinject-cli');
  const cases = [
    { input: 'hello.yaml', golden: 'hello.yaml.injected', config: ['--mesh-config', 'mesh-config.yaml', '--inject-config', 'inject-config.yaml', '--values', 'inject-values.yaml'] },
    { input: 'hello.yaml', golden: 'hello.yaml.injected', config: ['--mesh-config', 'mesh-config.yaml', '--inject-config', 'inject-config-inline.yaml', '--values', 'inject-values.yaml'] },
    { input: 'hello.yaml', golden: 'hello.yaml.iop.injected', config: ['--operator-file', 'istio-operator.yaml', '--inject-config', 'inject-config-iop.yaml'] },
    { input: 'hello-with-proxyconfig-anno.yaml', golden: 'hello-with-proxyconfig-anno.yaml.injected', config: ['--mesh-config', 'mesh-config.yaml', '--inject-config', 'inject-config.yaml', '--values', 'inject-values.yaml'] },
  ];
  for (const c of cases) {
    const config = c.config.map((a) => (a.startsWith('--') ? a : join(dir, a)));
    const input = readFileSync(join(dir, 'deployment', c.input), 'utf8');
    it(`${c.golden} (${c.config.filter((a) => !a.startsWith('--')).join(', ')}): uninject(golden) and uninject(inject(input)) are the input`, async () => {
      const golden = await runCli(['uninject', '-f', join(dir, 'deployment', c.golden), ...config]);
      expect(golden.code, golden.stderr).toBe(0);
      const injected = await runCli(['-f', join(dir, 'deployment', c.input), ...config]);
      const back = await runCli(['uninject', '-f', '-', ...config], { stdin: injected.stdout });
      expect(back.code, back.stderr).toBe(0);
      for (const r of [golden, back]) {
        const e = explained(normalizeStream(r.stdout), normalizeStream(input), namedDifferences(r.stderr));
        expect(e.actual, r.stderr).toEqual(e.input);
      }
    });
  }
});
