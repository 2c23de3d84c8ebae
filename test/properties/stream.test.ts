/**
 * (a) Pass-through and stream properties: whatever injection does, the stream keeps its
 * documents, their order, and the exact text of every document it does not change.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentDocuments, parseManifests } from '../helpers/normalize.js';
import { runCliOnText } from '../helpers/run-cli.js';
import { manifestStream, untouchedObject, type GeneratedStream } from './arbitraries.js';
import { RUNS, identity, withoutFinalBreak } from './support.js';

/** The generator's own check: YAML sees exactly the documents the generator meant. */
function checkGenerated(s: GeneratedStream): unknown[] {
  const docs = parseManifests(s.text);
  expect(docs.length, `generator: ${s.docs.length} documents made, YAML sees ${docs.length}`).toBe(s.docs.length);
  s.docs.forEach((d, i) => expect(docs[i] === null, `generator: document ${i} emptiness`).toBe(d.spec.type !== 'object'));
  return docs;
}

describe('stream properties (in memory, kube-inject -f - -q)', () => {
  it('a stream with no workload is written back byte for byte (up to one final line break), comments before the first --- included', async () => {
    await fc.assert(
      fc.asyncProperty(manifestStream({ objects: untouchedObject }), async (s) => {
        checkGenerated(s);
        const r = await runCliOnText(s.text, ['-q']);
        expect(r.code, r.stderr).toBe(0);
        expect(withoutFinalBreak(r.stdout)).toBe(withoutFinalBreak(s.text));
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps the number and order of documents; untouched documents are their exact input text, in order', async () => {
    await fc.assert(
      fc.asyncProperty(manifestStream(), async (s) => {
        const inDocs = checkGenerated(s);
        const r = await runCliOnText(s.text, ['-q']);
        expect(r.code, r.stderr).toBe(0);
        let outDocs: unknown[];
        try {
          outDocs = parseManifests(r.stdout);
        } catch (e) {
          throw new Error(`output is not valid YAML: ${(e as Error).message}\n--- output:\n${r.stdout}`);
        }
        expect(outDocs.length, 'number of documents (empty ones included)').toBe(inDocs.length);
        expect(outDocs.map(identity), 'documents in order, by kind, namespace and name').toEqual(inDocs.map(identity));
        expect(contentDocuments(outDocs).length, 'number of content documents').toBe(contentDocuments(inDocs).length);
        let at = 0;
        s.docs.forEach((d, i) => {
          if (d.spec.type === 'object' && d.spec.workload) return;
          const needle = withoutFinalBreak(d.text);
          if (needle === '') return;
          const found = r.stdout.indexOf(needle, at);
          expect(found, `document ${i} (${d.spec.type}) must appear verbatim after offset ${at}:\n${JSON.stringify(needle)}\n--- output:\n${JSON.stringify(r.stdout)}`).toBeGreaterThanOrEqual(0);
          at = found + needle.length;
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('a stream with nothing but empty and comment-only documents is refused: exit 2, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(manifestStream({ content: 'none' }), async (s) => {
        checkGenerated(s);
        const r = await runCliOnText(s.text, ['-q']);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(/^error: no manifests found in standard input \((it is empty|only comments and empty documents)\)$/m);
      }),
      { numRuns: Math.round(RUNS / 2) },
    );
  });

  it('keeps the line-end style of a CRLF stream in the documents it does not change', async () => {
    await fc.assert(
      fc.asyncProperty(
        manifestStream({ objects: untouchedObject }).filter((s) => s.crlf),
        async (s) => {
          const r = await runCliOnText(s.text, ['-q']);
          expect(r.code, r.stderr).toBe(0);
          expect(/(^|[^\r])\n/.test(withoutFinalBreak(r.stdout)), `a bare LF appeared in a CRLF stream:\n${JSON.stringify(r.stdout)}`).toBe(false);
        },
      ),
      { numRuns: Math.round(RUNS / 2) },
    );
  });
});
