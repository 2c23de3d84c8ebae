/** (c) Every manifest kube-inject emits validates against the Kubernetes schemas. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidManifests } from '../helpers/k8s-schema.js';
import { runCliOnText } from '../helpers/run-cli.js';
import { manifestStream } from './arbitraries.js';
import { MODES, RUNS } from './support.js';

describe('schema validity', () => {
  it('the generator makes valid Kubernetes objects (so an invalid output is kube-inject\'s doing)', () => {
    fc.assert(
      fc.property(manifestStream(), (s) => {
        const report = assertValidManifests(s.text, 'generated input');
        const objects = s.docs.flatMap((d) => (d.spec.type !== 'object' ? [] : d.spec.obj['kind'] === 'List' ? (d.spec.obj['items'] as unknown[]) : [d.spec.obj]));
        expect(report.validated, 'every generated object was validated against a schema').toBe(objects.length);
        expect(report.unvalidated).toEqual([]);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  for (const mode of MODES) {
    it(`every emitted manifest validates — ${mode.label}`, async () => {
      await fc.assert(
        fc.asyncProperty(manifestStream(), async (s) => {
          const r = await runCliOnText(s.text, ['-q', ...mode.flags]);
          expect(r.code, r.stderr).toBe(0);
          assertValidManifests(r.stdout, 'kube-inject output');
        }),
        { numRuns: RUNS },
      );
    });
  }
});
