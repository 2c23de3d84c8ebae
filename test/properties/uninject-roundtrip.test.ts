/**
 * uninject gives back what inject was given. Injection writes a pod as Istio's Go round trip does
 * (empty and zero values of omitempty fields gone, quantities canonical: `'0.5'` → `500m`), and
 * no record says what they were, so the property is on a text already in that form: with
 * y = uninject(inject(x)), uninject(inject(y)) is y byte for byte, the edit writer keeping the
 * author's text through both. And where x holds nothing the round trip rewrites, y is x itself.
 * A key injection sets whatever the pod had is named in a warning (`[overwritten-by-injection]`,
 * README "uninject"); a run may differ only there, and only if the input had that key. Given
 * teeth by the counts: most generated streams come back byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli, runCliOnText } from '../helpers/run-cli.js';
import { manifestStream } from './arbitraries.js';
import { MODES, RUNS } from './support.js';

/** Values Go's round trip rewrites: empty lists and maps, "", null, 0, false, and quantities (resources). */
const ROUND_TRIP_REWRITES = /\[\s*\]|\{\s*\}|:\s*(""|''|null|~|0|false)\s*,?\s*$|resources/m;

async function injectThenUninject(text: string, flags: readonly string[]): Promise<{ text: string; excused: boolean }> {
  const injected = await runCliOnText(text, ['-q', ...flags]);
  expect(injected.code, injected.stderr).toBe(0);
  const back = await runCli(['uninject', '-q', '-f', '-'], { stdin: injected.stdout });
  expect(back.code, back.stderr).toBe(0);
  const overwritten = [...back.stderr.matchAll(/^warning: (?:annotation|label) (\S+) removed: .*\[overwritten-by-injection\]$/gm)].map((m) => m[1]!);
  const other = (back.stderr.match(/\[[a-z-]+\]/g) ?? []).filter((w) => w !== '[overwritten-by-injection]');
  return { text: back.stdout, excused: other.length > 0 || overwritten.some((key) => text.includes(key)) };
}

/** The writer ends a stream with a line break where the input had none (in the document's own style, LF or CRLF). */
const sameUpToFinalBreak = (out: string, input: string): boolean => (input === '' || input.endsWith('\n') ? out === input : out.replace(/\r?\n$/, '') === input);

describe('uninject after inject', () => {
  for (const mode of MODES) {
    it(`gives back, byte for byte, a text already in the round trip's form — ${mode.label}`, async () => {
      let exact = 0;
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(manifestStream(), async (s) => {
          runs++;
          const y = await injectThenUninject(s.text, mode.flags);
          const again = await injectThenUninject(y.text, mode.flags);
          if (again.excused) return;
          expect(again.text, 'uninject(inject(y)) is not y, for y = uninject(inject(x))').toBe(y.text);
          exact++;
        }),
        { numRuns: RUNS },
      );
      expect(exact, `of ${runs} streams`).toBeGreaterThan(runs / 2);
    });

    it(`gives the input itself back where it holds nothing the round trip rewrites — ${mode.label}`, async () => {
      let exact = 0;
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(manifestStream(), async (s) => {
          fc.pre(!ROUND_TRIP_REWRITES.test(s.text));
          runs++;
          const back = await injectThenUninject(s.text, mode.flags);
          if (back.excused) return;
          if (!sameUpToFinalBreak(back.text, s.text)) expect(back.text, 'uninject(inject(x)) is not x').toBe(s.text);
          exact++;
        }),
        { numRuns: RUNS },
      );
      expect(exact, `of ${runs} streams`).toBeGreaterThan(runs / 2);
    });
  }
});
