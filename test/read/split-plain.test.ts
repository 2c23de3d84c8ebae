/**
 * The plain-stream splitter (src/read/split-plain.ts) builds exactly the documents of
 * splitStream's general path, or declines: over every YAML file of the repository's test data
 * and fixtures, generated manifest streams and mutations of them, and targeted streams.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ManifestDocument } from '../../src/model/document.js';
import { splitStreamWithEvents } from '../../src/read/split.js';
import { splitPlainStream } from '../../src/read/split-plain.js';
import { firstDifference } from '../helpers/block-yaml-oracle.js';
import { REPO_ROOT } from '../helpers/shared.js';
import { manifestStream } from '../properties/arbitraries.js';

/** Every JSON pointer of a value (at most `limit`), for comparing `locate`. */
function pointers(v: unknown, base = '', out: string[] = [], limit = 200): string[] {
  if (out.length >= limit) return out;
  out.push(base);
  if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) pointers(x, `${base}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out, limit);
  }
  return out;
}

function describeDoc(d: ManifestDocument): unknown {
  return { index: d.index, start: d.start, end: d.end, startLine: d.startLine, empty: d.empty, format: d.format, eol: d.eol, contentStart: d.contentStart };
}

/** Whether the plain splitter accepted the text; throws when it built other documents than the general path. */
function check(text: string, name = 'in.yaml'): boolean {
  const source = { name, text };
  const plain = splitPlainStream(source);
  if (plain === null) return false;
  let general: ManifestDocument[];
  try {
    general = splitStreamWithEvents(source);
  } catch (e) {
    throw new Error(`accepted a stream the general path rejects (${(e as Error).message}):\n${text}`);
  }
  expect(plain.map(describeDoc), `documents of:\n${text}`).toEqual(general.map(describeDoc));
  plain.forEach((d, i) => {
    const g = general[i]!;
    expect(d.source).toBe(g.source);
    const diff = firstDifference(d.value, g.value);
    expect(diff, `document ${i} of:\n${text}`).toBeUndefined();
    for (const p of pointers(g.value)) {
      expect(d.locate(p), p).toEqual(g.locate(p));
      expect(d.locate(p, 'value'), p).toEqual(g.locate(p, 'value'));
    }
  });
  return true;
}

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yamlFiles(path, out);
    else if (/\.(ya?ml|injected)$/.test(name)) out.push(path);
  }
  return out;
}

describe('the plain-stream splitter builds the documents of the general path', () => {
  test('every YAML file of the test data and fixtures', () => {
    let accepted = 0;
    const files = [...yamlFiles(join(REPO_ROOT, 'test')), ...yamlFiles(join(REPO_ROOT, 'fixtures'))];
    for (const file of files) if (check(readFileSync(file, 'utf8'), file)) accepted++;
    expect(files.length).toBeGreaterThan(50);
    // Most of them are plain streams; the rest (anchors, flow roots, CRLF …) go the general way.
    expect(accepted).toBeGreaterThan(files.length / 3);
  });

  test('streams at the edges', () => {
    const accepted = [
      'a: 1\n',
      'a: 1',
      '# only a comment\n',
      '',
      '---\n',
      '---\n---\n',
      '---\na: 1\n---\n',
      '# licence\n---\na: 1\n---\n# nothing\n---\nb: 2\n',
      'a: 1\n---\nb: 2\n# trailing\n',
      '\n\n---\n\n  a: 1\n',
      'a: |\n  ---\n  x\n---\nb: 1\n',
      '---',
    ];
    for (const t of accepted) check(t);
    for (const t of ['--- # c\na: 1\n', 'a: 1\n...\n', '%YAML 1.1\n---\na: 1\n', 'a: 1\r\n', '--- a: 1\n', 'a: &x 1\nb: *x\n']) {
      expect(splitPlainStream({ name: 'x', text: t }), JSON.stringify(t)).toBeNull();
    }
  });

  test('generated manifest streams, and mutations of them', () => {
    let accepted = 0;
    let total = 0;
    const edit = fc.record({ at: fc.nat(), what: fc.constantFrom('---\n', '...\n', '# c\n', '\n', '--- x\n', '  ', 'k: v\n', '- x\n', '---') });
    fc.assert(
      fc.property(manifestStream(), fc.array(edit, { maxLength: 2 }), (stream, edits) => {
        total++;
        check(stream.text);
        // The same stream with LF line ends and bare markers: what this splitter is for.
        const plain = stream.text.replace(/\r\n/g, '\n').replace(/^--- # document$/gm, '---');
        if (check(plain)) accepted++;
        let t = plain;
        for (const e of edits) {
          // At a line start, where stream syntax lives.
          const lines = t.split('\n');
          const i = e.at % (lines.length + 1);
          t = [...lines.slice(0, i), e.what.replace(/\n$/, ''), ...lines.slice(i)].join('\n');
          check(t);
        }
      }),
      { numRuns: 400 },
    );
    expect(accepted / total).toBeGreaterThan(0.3);
  });
});
