/**
 * The line reader of plain documents (plain-tree.ts) builds exactly the tree the event reader
 * (source-tree.ts) builds, wherever it does not decline: over the conformance inputs, the
 * fixtures, the property tests' generated streams, and documents of every style.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPlainTree } from '../../../src/emit/text-edit/plain-tree.js';
import { readSourceTree } from '../../../src/emit/text-edit/source-tree.js';
import { documentText } from '../../../src/model/document.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { ISTIO_DATA_DIR, REPO_ROOT } from '../../helpers/shared.js';
import { manifestStream } from '../../properties/arbitraries.js';

/** Every document of a stream that has content. */
function documents(name: string, text: string): string[] {
  return splitStream(makeSource(name, text))
    .filter((d) => !d.empty)
    .map(documentText);
}

/** Both readers on one document: equal trees when the line reader reads it; whether it did. */
function same(text: string): boolean {
  const plain = readPlainTree(text);
  if (plain === null) return false;
  expect(plain, `the line reader and the event reader disagree on\n${text}`).toEqual(readSourceTree(text));
  return true;
}

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((n) => pattern.test(n))
    .map((n) => join(dir, n));
}

describe('the line reader of plain documents = the event reader', () => {
  it('on every conformance input, its goldens and every fixture, and it reads most of them', () => {
    const all = [
      ...files(join(ISTIO_DATA_DIR, 'inject'), /\.yaml(\.injected)?$/),
      ...files(join(REPO_ROOT, 'fixtures'), /\.yaml$/),
      ...files(join(REPO_ROOT, 'fixtures', 'commented'), /\.yaml$/),
    ];
    let read = 0;
    let docs = 0;
    for (const file of all) {
      for (const text of documents(file, readFileSync(file, 'utf8'))) {
        docs++;
        if (same(text)) read++;
      }
    }
    expect(read / docs, `${read} of ${docs} documents read line by line`).toBeGreaterThan(0.8);
  });

  it('on generated streams', () => {
    fc.assert(
      fc.property(manifestStream(), (s) => {
        for (const text of documents('generated.yaml', s.text)) same(text);
      }),
      { numRuns: 200 },
    );
  });

  it('on documents of every style (indentation, list style, flow levels, quoting)', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('a b', 'x: y', 'multi\nline\n', 'ends  ', "it's", '- x', '#h', 'k #c'), fc.integer(), fc.boolean(), fc.constant(null));
    const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, scalar, fc.dictionary(fc.constantFrom('a', 'b c', '1', 'yes', 'k:x'), tie('tree'), { maxKeys: 3 }), fc.array(tie('tree'), { maxLength: 3 })),
    }));
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'name'), tree, { minKeys: 1, maxKeys: 4 }),
        fc.record({ indent: fc.constantFrom(2, 3, 4), seqNoIndent: fc.boolean(), flowLevel: fc.constantFrom(-1, 1, 2), quoteStyle: fc.constantFrom('single', 'double') as fc.Arbitrary<'single' | 'double'>, forceQuotes: fc.boolean() }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (value, options, comments) => {
          const lines = dump(value, { ...options, lineWidth: -1 }).split('\n');
          for (const n of comments) lines.splice(n % lines.length, 0, '# a comment');
          same(lines.join('\n'));
        },
      ),
      { numRuns: 500 },
    );
  });
});
