/**
 * (b) Re-injection is idempotent: `inject(inject(x))` = `inject(x)`, as Istio's merge-probers
 * golden requires. Given teeth by a second property: injection does happen (every workload that
 * does not opt out gets the sidecar), so idempotence is not just pass-through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDocuments, normalizeStream, parseManifests } from '../helpers/normalize.js';
import { runCliOnText } from '../helpers/run-cli.js';
import { manifestStream } from './arbitraries.js';
import { MODES, RUNS, containerNames, optsOut, podTemplates } from './support.js';

describe('re-injection', () => {
  for (const mode of MODES) {
    it(`inject(inject(x)) equals inject(x), same documents and same bytes — ${mode.label}`, async () => {
      await fc.assert(
        fc.asyncProperty(manifestStream(), async (s) => {
          const once = await runCliOnText(s.text, ['-q', ...mode.flags]);
          expect(once.code, `first run: ${once.stderr}`).toBe(0);
          const twice = await runCliOnText(once.stdout, ['-q', ...mode.flags]);
          expect(twice.code, `second run: ${twice.stderr}`).toBe(0);
          expect(normalizeStream(twice.stdout), 'second injection changed the documents (- once, + twice)').toEqual(normalizeStream(once.stdout));
          expect(twice.stdout, 'second injection changed the text').toBe(once.stdout);
        }),
        { numRuns: RUNS },
      );
    });

    it(`every workload that does not opt out gets istio-proxy; one that opts out does not — ${mode.label}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          manifestStream().filter((s) => s.docs.some((d) => d.spec.type === 'object' && d.spec.workload)),
          async (s) => {
            const r = await runCliOnText(s.text, ['-q', ...mode.flags]);
            expect(r.code, r.stderr).toBe(0);
            const inDocs = contentDocuments(parseManifests(s.text));
            const outDocs = contentDocuments(parseManifests(r.stdout));
            expect(outDocs.length).toBe(inDocs.length);
            outDocs.forEach((doc, i) => {
              const before = podTemplates(inDocs[i], `document ${i}`);
              const after = podTemplates(doc, `document ${i}`);
              expect(after.length).toBe(before.length);
              after.forEach((t, k) => {
                const names = containerNames(t.template);
                if (optsOut(before[k]!.template)) {
                  expect(names, `${t.where} opts out (sidecar.istio.io/inject: "false") but was injected`).not.toContain('istio-proxy');
                } else {
                  expect(names, `${t.where} was not injected`).toContain('istio-proxy');
                  expect(Object.keys(t.template.metadata?.['annotations'] ?? {}), `${t.where} has no sidecar.istio.io/status`).toContain('sidecar.istio.io/status');
                }
              });
            });
          },
        ),
        { numRuns: RUNS },
      );
    });
  }
});
