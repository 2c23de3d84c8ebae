/**
 * Conformance with Istio's own injector: every case of `test/data/istio/inject/`, run
 * through `kube-inject inject` in memory, compared with Istio's golden under the README's
 * comparison rules. `inject.test.ts` runs it with kube-inject's built-in templates;
 * `test/istio-templates/` also with Istio's own (`--inject-config`, from ../shared), and then
 * the two runs must give the same output.
 *
 * The CLI contract these tests assume is in the comment after the imports.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { assertValidManifests } from '../helpers/k8s-schema.js';
import { contentDocuments, normalizeManifest, normalizeStream, parseManifests } from '../helpers/normalize.js';
import { runCli, type CliRun } from '../helpers/run-cli.js';
import { istioInjectorConfigFile, locateConformanceData, missingDataMessage } from '../helpers/shared.js';
import { planInjectCases, type ErrorCase, type GoldenCase, type InjectCase } from './cases.js';

/*
 * CLI contract:
 * kube-inject inject -f <input>
 *   --values <shared>/config/test-default.values.json [--values <overlay.json|yaml>]   later files deep-merge over earlier
 *   --mesh-config <shared>/config/test-default.mesh.yaml [--mesh-config <overlay.yaml>] later files deep-merge over earlier
 *   [--operator-file <IstioOperator>]   spec.values over --values, spec.meshConfig over --mesh-config;
 *                                       values.sidecarInjectorWebhook.templates adds named templates
 *   [--native-sidecars]                 native sidecars on; absent = classic (istioctl's offline default)
 *   [--inject-config <file>]            Istio's templates (the injector ConfigMap's data.config) instead of the built-in ones
 * exit 0 and the manifests on stdout; exit 2, nothing on stdout and `file:line:column: error: …` on stderr for a bad annotation.
 */

export type TemplateSource = 'built-in' | 'istio';

/**
 * The CLI conformance tests for each template source in `sources`; with 'istio' among them, also
 * the test that both sources give the same bytes.
 */
export function injectConformance(sources: readonly TemplateSource[]): void {
  const loc = locateConformanceData();
  it('has the Istio test data', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const shared = loc.dir;
  const injectDir = join(shared, 'inject');
  const config = {
    values: join(shared, 'config', 'test-default.values.json'),
    mesh: join(shared, 'config', 'test-default.mesh.yaml'),
    injector: sources.includes('istio') ? istioInjectorConfigFile() : '',
  };
  const plan = planInjectCases(injectDir);

  let tmp: string | null = null;
  const tmpDir = (): string => (tmp ??= mkdtempSync(join(tmpdir(), 'kube-inject-conformance-')));
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  const slug = (c: InjectCase): string => c.id.replace(/[^A-Za-z0-9.-]+/g, '_');

  /** The argument list for one case; overlays are written to temporary files. */
  const argsFor = (c: InjectCase, source: TemplateSource): string[] => {
    const args = ['-f', join(injectDir, c.input), '--values', config.values];
    if (c.values) {
      const file = join(tmpDir(), `${slug(c)}.values.${c.values.format}`);
      writeFileSync(file, c.values.format === 'json' ? JSON.stringify(c.values.data, null, 2) : dump(c.values.data));
      args.push('--values', file);
    }
    args.push('--mesh-config', config.mesh);
    if (c.mesh) {
      const file = join(tmpDir(), `${slug(c)}.mesh.yaml`);
      writeFileSync(file, dump(c.mesh));
      args.push('--mesh-config', file);
    }
    if (c.operatorFile) args.push('--operator-file', join(injectDir, c.operatorFile));
    if (c.native) args.push('--native-sidecars');
    if (source === 'istio') args.push('--inject-config', config.injector);
    return args;
  };

  const runs = new Map<string, Promise<CliRun & { args: string[] }>>();
  /** One run per case and template source, shared by every test that looks at it. */
  const run = (c: InjectCase, source: TemplateSource): Promise<CliRun & { args: string[] }> => {
    const key = `${source}\u0000${c.id}`;
    let p = runs.get(key);
    if (!p) {
      const args = argsFor(c, source);
      p = runCli(args).then((r) => ({ ...r, args }));
      runs.set(key, p);
    }
    return p;
  };

  const header = (c: InjectCase, source: TemplateSource, r: CliRun & { args: string[] }): string =>
    `case ${c.id}, ${source} templates\n  kube-inject ${r.args.join(' ')}\n  exit ${r.code}; stderr:\n${indent(r.stderr)}`;

  describe('the case list', () => {
    it('has no inconsistencies (every input has a case, every file a case needs exists)', () => {
      expect(plan.problems, `problems in ${injectDir}`).toEqual([]);
    });
    it('uses every golden file', () => {
      expect(plan.unusedGoldens, `golden files in ${injectDir} that no case compares against`).toEqual([]);
    });
    it('covers the special cases of the README', () => {
      const ids = plan.cases.map((c) => c.id);
      for (const want of [
        'hello-tproxy.yaml.injected (native on)',
        'hello.proxyHoldsApplication.yaml.injected (native on)',
        'hello-old-version.yaml.injected (native off)',
        'native-sidecar-opt-in.yaml.injected (native off)',
        'native-sidecar-opt-out.yaml.injected (native on)',
        'traffic-annotations-bad-includeipranges.yaml (must fail)',
        'traffic-annotations-bad-excludeipranges.yaml (must fail)',
        'traffic-annotations-bad-includeinboundports.yaml (must fail)',
        'traffic-annotations-bad-excludeinboundports.yaml (must fail)',
      ]) {
        expect(ids).toContain(want);
      }
    });
  });

  for (const source of sources) {
    describe(`${source} templates`, () => {
      for (const c of plan.cases) {
        if (c.kind === 'golden') goldenTests(c, source);
        else errorTests(c, source);
      }
    });
  }

  if (sources.includes('istio')) describe('one engine, two template sources, no special cases', () => {
    for (const c of plan.cases) {
      it(`${c.id}: built-in and Istio templates give the same output`, async () => {
        const [a, b] = await Promise.all([run(c, 'built-in'), run(c, 'istio')]);
        const msg = `${c.id}: the two template sources disagree\n--- built-in:\n${header(c, 'built-in', a)}\n--- istio:\n${header(c, 'istio', b)}`;
        // Two identical failures (an unknown option, say) are not agreement: each run must first
        // do what the case expects of it.
        const want = c.kind === 'golden' ? 0 : 2;
        expect(a.code, `${msg}\n(exit code of the built-in run)`).toBe(want);
        expect(b.code, `${msg}\n(exit code of the istio run)`).toBe(want);
        if (c.kind === 'golden') {
          expect(normalizeStream(b.stdout), `${msg}\n(normalised documents)`).toEqual(normalizeStream(a.stdout));
        } else {
          expect(a.stderr, `${msg}\n(built-in run must name the annotation)`).toContain(c.annotation);
          expect(b.stderr, `${msg}\n(istio run must name the annotation)`).toContain(c.annotation);
        }
        expect(b.stdout, `${msg}\n(stdout bytes: the same documents must be written the same way whichever template source rendered them)`).toBe(a.stdout);
      });
    }
  });

  function goldenTests(c: GoldenCase, source: TemplateSource): void {
    const inputPath = join(injectDir, c.input);
    const goldenPath = join(injectDir, c.golden);

    it(`${c.id}: matches ${c.golden}`, async () => {
      const r = await run(c, source);
      const msg = `${header(c, source, r)}\n  golden: ${goldenPath}`;
      expect(r.code, `${msg}\nexpected exit 0`).toBe(0);
      const inputDocs = contentDocuments(parseManifests(readFileSync(inputPath, 'utf8'), inputPath));
      const expected = normalizeStream(readFileSync(goldenPath, 'utf8'), { golden: true, inputDocs, filename: goldenPath });
      let actualDocs: unknown[];
      try {
        actualDocs = contentDocuments(parseManifests(r.stdout, '<stdout>'));
      } catch (e) {
        throw new Error(`${msg}\nstdout is not valid YAML: ${(e as Error).message}`);
      }
      const actual = actualDocs.map(normalizeManifest);
      for (let i = 0; i < Math.min(actual.length, expected.length); i++) {
        expect(actual[i], `${msg}\ndocument ${i} differs from the golden (- golden, + kube-inject)`).toEqual(expected[i]);
      }
      expect(actual.length, `${msg}\nnumber of documents`).toBe(expected.length);
    });

    it(`${c.id}: writes schema-valid manifests`, async () => {
      const r = await run(c, source);
      expect(r.code, header(c, source, r)).toBe(0);
      assertValidManifests(r.stdout, `stdout of ${c.id} (${source} templates)`);
    });

    if (c.warning) {
      const warning = c.warning;
      it(`${c.id}: warns about ${warning}`, async () => {
        const r = await run(c, source);
        expect(r.stderr, `${header(c, source, r)}\nstderr must name ${warning}`).toContain(warning);
      });
    }
  }

  function errorTests(c: ErrorCase, source: TemplateSource): void {
    const inputPath = join(injectDir, c.input);
    it(`${c.id}: exits 2 naming ${c.annotation} at ${c.input}:${c.line}`, async () => {
      const r = await run(c, source);
      const msg = header(c, source, r);
      expect(r.code, `${msg}\nexpected exit 2 (invalid input)`).toBe(2);
      expect(r.stdout, `${msg}\nnothing may be written to stdout when a document fails`).toBe('');
      expect(r.stderr.toLowerCase(), `${msg}\nthe error must name "${c.errorKey}" (what Istio's test checks)`).toContain(c.errorKey);
      expect(r.stderr, `${msg}\nthe error must name the annotation`).toContain(c.annotation);
      const where = new RegExp(`${escapeRegExp(inputPath)}:${c.line}:(${c.keyColumn}|${c.valueColumn})\\b`);
      expect(r.stderr, `${msg}\nthe error must point at ${inputPath}:${c.line}:${c.keyColumn} (key) or :${c.valueColumn} (value)`).toMatch(where);
    });
  }
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
