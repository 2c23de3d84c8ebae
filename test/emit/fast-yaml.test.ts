/**
 * The fast YAML writer against js-yaml's dump with the writer's options: byte for byte, on
 * targeted values, on generated ones, and on every document of the conformance suite (inputs,
 * goldens, and the engine's injected outputs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { dumpYamlDetailed } from '../../src/emit/fast-yaml.js';
import { parseManifests } from '../helpers/normalize.js';
import { locateConformanceData } from '../helpers/shared.js';

const reference = (v: unknown, seqNoIndent: boolean) => dump(v, { lineWidth: -1, noRefs: true, seqNoIndent });

/** The text written, or the error thrown. */
function outcome(f: () => string): { text: string } | { error: string } {
  try {
    return { text: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

function same(v: unknown): boolean {
  let fast = true;
  for (const seqNoIndent of [false, true]) {
    const r = dumpYamlDetailed(v, seqNoIndent);
    expect(r.text).toBe(reference(v, seqNoIndent));
    fast &&= r.fast;
  }
  return fast;
}

describe('the fast YAML writer writes what js-yaml dump writes', () => {
  test('nesting, empty collections, sequences in mappings and in sequences', () => {
    expect(same({ a: 1, b: { c: [1, { d: 'x', e: [] }, [2, 3], {}], f: null }, g: [[{ h: true }]] })).toBe(true);
    expect(same([{ a: 1, b: 2 }, 'x', [[]], { c: { d: [null] } }])).toBe(true);
    expect(same({ a: undefined, b: [undefined, 1], c: { d: undefined } })).toBe(true);
  });

  test('strings that need quotes, and those that do not', () => {
    const strings = ['', ' ', 'on', 'yes', 'y', 'No', '~', 'null', '0755', '1e3', '1_000', '1:30', '12', '-1', '.5', '.inf', 'true', '=', 'a: b', 'a #b', '#a', '- a', '-a', '? x', '[x]', '{x}', '*a', '&a', '!a', '|', '>', "'", '"', '%x', '@x', '`x', 'a\tb', 'tab\t', '\u00e9t\u00e9', '\u2028', '\uFEFFx', 'x\u0085', '---', '...', 'docker.io/istio/proxyv2:1.31.0', 'kubernetes://apis/apps/v1/namespaces/default/deployments/app-1', 'a:', 'a::b', 'a:1', '1:2', '1:30:00', '0x1F', '0o17', '0b11', '1_0', '1.0', '1e3', '1.5e+3', 'True', 'NULL', 'Yes', 'n', '/etc/istio/proxy', '15090,15021,15020', 'app-1', '2024-01-01', "it's", 'a  b', ' lead', 'trail '];
    for (const s of strings) {
      expect(same({ [s]: s, list: [s], nested: { deeper: { [s]: [s] } } })).toBeTypeOf('boolean');
    }
  });

  test('one-line ASCII strings, generated: plain or quoted as js-yaml decides', () => {
    const ascii = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '1', ' ', ':', '#', '-', '?', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', '=', '~', '.', '_', '/', '$', '(', ')', '+', 'e', 'x', 'o', 'n', 'y', 'N', 'T'), minLength: 1, maxLength: 10 });
    fc.assert(fc.property(ascii, (s) => same({ v: s, list: [s, { k: s }] }) !== undefined), { numRuns: 3000 });
    for (const s of ['--concurrency', '-p', '- a', '?x', '? x', ':x', ': x', 'a:', 'a: b', 'a :b', 'a #b', 'a#b', '---', '--- x', '...', '15090,15021,15020', '*', '$(POD_NAME)', '[{"containerPort":8080}]', "it's", '=', '==', '~', '-1', '-.inf', '0x1F', '1_000', 'sidecar~10.0.0.1~x.y~y.svc.cluster.local']) {
      expect(same({ v: s, list: [s] }), s).toBe(true);
    }
  });

  test('multi-line strings as block scalars at every level, open-ended ones too', () => {
    const texts = ['a\nb', 'a\nb\n', 'a\n\n', '\n', ' lead\nx', 'x\n  more\n', 'last\n\n\n', '---\nx', 'a\n...\n', 'tab\tand\nnewline'];
    for (const t of texts) {
      same({ v: t });
      same({ a: { b: [t, { c: t }] } });
      same([t]);
      same({ z: [1], last: t });
    }
  });

  test('multi-line strings, generated: literal blocks written without js-yaml are its own text', () => {
    const unit = fc.constantFrom('a', ' ', '\n', ':', '#', '-', '|', '>', "'", '"', '{', '[', ',', '.', '~', '0', '\t', 'é');
    const nested = (s: string, depth: number): unknown => (depth === 0 ? s : depth % 2 ? [nested(s, depth - 1)] : { k: nested(s, depth - 1) });
    fc.assert(fc.property(fc.string({ unit, minLength: 1, maxLength: 14 }), fc.integer({ min: 0, max: 3 }), (s, depth) => same({ v: nested(s, depth) }) !== undefined), { numRuns: 5000 });
  });

  test('numbers and other scalars', () => {
    expect(same({ a: 0, b: -0, c: 1.5, d: 1e21, e: -1e-7, f: Number.NaN, g: Infinity, h: -Infinity, i: 493, j: false })).toBe(true);
    const integers = [1, -1, 15001, 1337, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 2 ** 53, -(2 ** 53), 1e16];
    expect(same({ integers, flags: [true, false, null], nested: { port: 8080, on: true, off: null } })).toBe(true);
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double(), fc.boolean(), fc.constant(null)), (v) => same({ v, list: [v] })));
  });

  test('what it does not write itself is written by js-yaml', () => {
    for (const v of [new Map([['a', 1]]), { d: new Date(0) }, { s: new Set([1]) }, 'scalar', 42, null, {}, [], { ['x'.repeat(1200)]: 1 }, { 'multi\nline': 1 }]) {
      for (const seqNoIndent of [false, true]) {
        expect(outcome(() => dumpYamlDetailed(v, seqNoIndent).text)).toEqual(outcome(() => reference(v, seqNoIndent)));
      }
    }
  });

  test('generated JSON-like values', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '#', '-', '\n', '\t', "'", '"', '0', '1', '.', '~', 'y', 'é', '\u2028', '[', '{', '|', '>', '!') , maxLength: 8 }),
      fc.constantFrom('on', 'off', 'null', '0755', '1:30', '=', '---', '...', '\n', 'a\n\n', ' x\ny'),
      fc.stringMatching(/^[A-Za-z0-9_/.:-]{1,10}$/),
    );
    const value = fc.letrec<{ v: unknown }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        text,
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(text, tie('v'), { maxKeys: 4 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        same(v);
      }),
      { numRuns: 2000 },
    );
  });

  test('every document of the conformance suite (inputs and goldens) is written fast, as js-yaml writes it', () => {
    const loc = locateConformanceData();
    expect(loc.dir).not.toBeNull();
    const dir = join(loc.dir!, 'inject');
    let documents = 0;
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml(\.injected)?$/.test(f))) {
      for (const doc of parseManifests(readFileSync(join(dir, file), 'utf8'), file)) {
        if (doc === null || typeof doc !== 'object') continue;
        documents++;
        expect(same(doc), `${file}: written by the fast writer`).toBe(true);
      }
    }
    expect(documents).toBeGreaterThan(50);
  });
});
