/**
 * `StreamAssembly` (src/parallel/one-document.ts): a stream put together as results come in order,
 * while the main thread waits for worker threads, is the stream `assemble` puts together at once,
 * and throws what it throws.
 */
import { describe, expect, it } from 'vitest';
import { assemble, StreamAssembly, type DocumentResult } from '../../src/parallel/one-document.js';
import { splitStream } from '../../src/read/split.js';
import { makeSource } from '../../src/read/sources.js';
import { KubeInjectError } from '../../src/model/errors.js';

const docs = splitStream(makeSource('s.yaml', 'a: 1\n---\nb: 2\n--- # three\nc: 3\n---\nd: 4'));
const texts = ['a: 1\n', 'b: 2\n', '# three\nc: 3\n', 'd: 4'];
const ok = (i: number): DocumentResult => ({ text: texts[i]!, outcomes: [], errors: [] });

/** The results given in `rounds` (indexes per round), advancing after each round. */
function piecewise(results: DocumentResult[], rounds: number[][]) {
  const assembly = new StreamAssembly(docs);
  const arrived: Array<DocumentResult | undefined> = new Array(results.length);
  for (const round of rounds) {
    for (const i of round) arrived[i] = results[i];
    assembly.advance(arrived);
  }
  return () => assembly.finish();
}

describe('StreamAssembly', () => {
  it('joins what arrives out of order into the stream assemble joins', () => {
    const results = docs.map((_, i) => ok(i));
    const whole = assemble(docs, results);
    expect(whole.text).toBe('a: 1\n---\nb: 2\n---\n# three\nc: 3\n---\nd: 4\n');
    expect(piecewise(results, [[1], [0], [3], [2]])()).toEqual(whole);
    expect(piecewise(results, [[3, 2, 1, 0]])()).toEqual(whole);
  });

  it('throws the first run-stopping error in document order, whichever came first', () => {
    const first = new Error('first');
    const results = docs.map((_, i) => ok(i));
    results[1] = { outcomes: [], errors: [], fatal: first };
    results[3] = { outcomes: [], errors: [], fatal: new Error('later') };
    expect(() => assemble(docs, results)).toThrow(first);
    expect(piecewise(results, [[3], [2], [0], [1]])).toThrow(first);
  });

  it('writes nothing when a document has errors, and reports them all', () => {
    const results = docs.map((_, i) => ok(i));
    const e1 = new KubeInjectError('annotation', 'bad', { line: 1, column: 1 });
    const e3 = new KubeInjectError('annotation', 'worse', { line: 1, column: 1 });
    results[1] = { outcomes: [], errors: [e1] };
    results[3] = { outcomes: [], errors: [e3] };
    const got = piecewise(results, [[0, 1], [2, 3]])();
    expect(got.text).toBeNull();
    expect(got.errors).toEqual([e1, e3]);
  });

  it('refuses to finish with a result missing', () => {
    const results = docs.map((_, i) => ok(i));
    expect(piecewise(results, [[0, 1, 3]])).toThrow(/document 3 of 4 missing/);
  });
});
