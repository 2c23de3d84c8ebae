/**
 * The fast block-YAML reader against js-yaml (the oracle in test/helpers/block-yaml-oracle.ts):
 * each construct it reads, the YAML 1.1 scalars it must resolve as js-yaml does, what it must
 * leave to js-yaml, and generated YAML (formatted by hand and by js-yaml's dump, then mutated).
 */
import fc from 'fast-check';
import { dump, YAML11_SCHEMA } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseBlockYaml } from '../../src/read/block-yaml.js';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';
import { checkAgainstJsYaml, firstDifference } from '../helpers/block-yaml-oracle.js';

const fast = (text: string) => parseBlockYaml(text, KUBE_SCHEMA);

/** Accepted, and the same as js-yaml's. */
function reads(text: string): unknown {
  expect(checkAgainstJsYaml(text), text).toEqual({ accepted: true });
  const r = fast(text);
  return r.ok ? r.value : undefined;
}

describe('the fast block-YAML reader reads its subset exactly as js-yaml does', () => {
  test('block mappings and sequences, compact and indented', () => {
    expect(reads('a: 1\nb:\n  c: x\n  d:\n  - 1\n  - two\ne:\n    - f: 1\n      g: 2\n    -   h: 3\n')).toEqual({
      a: 1,
      b: { c: 'x', d: [1, 'two'] },
      e: [{ f: 1, g: 2 }, { h: 3 }],
    });
    expect(reads('- a\n-\n  - b\n- c:\n    d: e\n-\n')).toEqual(['a', ['b'], { c: { d: 'e' } }, null]);
    expect(reads('  a: 1\n  b: 2\n')).toEqual({ a: 1, b: 2 });
    expect(reads('a:\nb: ~\nc: null\n')).toEqual({ a: null, b: null, c: null });
  });

  test('comments and blank lines anywhere, trailing comments after values', () => {
    expect(reads('# head\na: 1 # one\n\n  # deeper comment\nb: # nested below\n  - x # item\n# between\n  - "y" # quoted\nc: [1, 2] # flow\n')).toEqual({
      a: 1,
      b: ['x', 'y'],
      c: [1, 2],
    });
    expect(reads('a: b#c\nd: e #f\n')).toEqual({ a: 'b#c', d: 'e' });
  });

  test('YAML 1.1 plain scalars resolve as js-yaml with the Kubernetes schema resolves them', () => {
    const words = ['on', 'off', 'yes', 'no', 'y', 'n', 'True', 'FALSE', '~', 'null', 'Null', '0755', '0o755', '0x1F', '0b101', '1e3', '1.5e3', '1_000', '1:30', '-1:30', '.5', '-.inf', '.NaN', '+12', '-0', '0', '00', '1.', '2024-01-01', '12:30:00', '=', '<<x', 'a:b', 'http://x:80/y', '-x', '--port=8080', 'x y  z', '0.0.0.0/0', '1.2.3', "it's", 'a"b'];
    for (const w of words) {
      reads(`k: ${w}\n`);
      reads(`- ${w}\n`);
      reads(`${w}: v\n`);
      reads(`f: [${w}]\n`);
    }
    expect(reads('a: on\nb: 0755\nc: 1e3\nd: ~\ne: 1:30\n')).toEqual({ a: true, b: 493, c: '1e3', d: null, e: 90 });
    // Keys are resolved, then stored as strings, as js-yaml stores them.
    expect(reads('on: 1\n1.0: 2\n~: 3\n')).toEqual({ true: 1, 1: 2, null: 3 });
  });

  test('quoted scalars: escapes decoded by js-yaml, quotes doubled in single quotes', () => {
    expect(reads('a: "quoted\\ttext"\nb: \'it\'\'s\'\nc: "\\u00e9\\x41\\"\\\\"\nd: ""\ne: \'\'\n"k y": 1\n\'s\': 2\n')).toEqual({
      a: 'quoted\ttext',
      b: "it's",
      c: 'éA"\\',
      d: '',
      e: '',
      'k y': 1,
      s: 2,
    });
    expect(reads('a: "on"\nb: \'0755\'\n')).toEqual({ a: 'on', b: '0755' });
    expect(fast('a: "bad \\q escape"\n')).toMatchObject({ ok: false });
  });

  test('block scalars: literal and folded, every chomping, blank and more-indented lines', () => {
    for (const header of ['|', '|-', '|+', '>', '>-', '>+']) {
      reads(`a: ${header}\n  one\n    two\n\n  three\n\n\nb: 1\n`);
      reads(`- ${header}\n  one\n\n   more\n  back\n`);
      reads(`a: ${header} # comment\n  x\n  \n   \n`);
      reads(`- k: ${header}\n    one\n    two\n  j: 2\n`);
    }
    expect(reads('script: |\n  echo one\n  ---\n  echo two\nx: 1\n')).toEqual({ script: 'echo one\n---\necho two\n', x: 1 });
  });

  test('flow collections on one line, JSON included', () => {
    expect(reads('a: []\nb: {}\nc: [a, "b", \'c\', [1, {x: z}]]\nd: {"k":"v","n":1,"l":[true,null]}\ne: {a: 1, b: [2]}\n')).toEqual({
      a: [],
      b: {},
      c: ['a', 'b', 'c', [1, { x: 'z' }]],
      d: { k: 'v', n: 1, l: [true, null] },
      e: { a: 1, b: [2] },
    });
    expect(reads('- [http://x, a b]\n')).toEqual([['http://x', 'a b']]);
  });

  test('what js-yaml rejects is never accepted', () => {
    for (const text of ['a: 1\na: 2\n', 'a: 1\n b: 2\n', 'a:\n  - x\n - y\n', 'a: b: c\n', '- a\nb: 1\n', 'a: "x\n', 'a: [1,\n  2]\n', 'a: |\nx\n']) {
      expect(fast(text).ok, text).toBe(false);
    }
  });

  test('constructs outside the subset are left to js-yaml', () => {
    const outside = {
      anchor: 'a: &x 1\nb: *x\n',
      tag: 'a: !!str 1\n',
      tab: 'a:\t1\n',
      cr: 'a: 1\r\n',
      bom: '\uFEFFa: 1\n',
      directive: '%YAML 1.1\n---\na: 1\n',
      marker: '---\na: 1\n',
      'document end': 'a: 1\n...\n',
      'explicit key': '? a\n: 1\n',
      merge: 'a: {x: 1}\nb:\n  <<: {y: 2}\n',
      proto: '__proto__: 1\n',
      'multi-line plain': 'a: one\n  two\n',
      'multi-line quoted': 'a: "one\n  two"\n',
      'multi-line flow': 'a: {\n  b: 1\n}\n',
      'indentation indicator': 'a: |2\n   x\n',
      'compact nested sequence': '- - a\n',
      'flow pair': 'a: [b: c]\n',
      'empty flow value': 'a: {b: }\n',
      'trailing comma': 'a: [1, 2, ]\n',
      'scalar document': 'just text\n',
      'flow document': '{a: 1}\n',
      empty: '',
      'only comments': '# nothing\n',
      'block scalar without content': 'a: |\nb: 1\n',
      'non-printable': 'a: "\u0001"\n',
    };
    for (const [what, text] of Object.entries(outside)) {
      const r = fast(text);
      expect(r.ok, `${what}: ${JSON.stringify(text)}`).toBe(false);
    }
  });

  test('the oracle itself tells key order, -0 and NaN apart', () => {
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 })).toBeDefined();
    expect(firstDifference(0, -0)).toBeDefined();
    expect(firstDifference(Number.NaN, Number.NaN)).toBeUndefined();
    expect(firstDifference([1, { x: 'y' }], [1, { x: 'y' }])).toBeUndefined();
  });
});

// --- generated YAML --------------------------------------------------------------------------

/** Runs per property; BLOCK_YAML_RUNS=200000 for a long search. */
const RUNS = Number(process.env['BLOCK_YAML_RUNS'] ?? 3000);

/** Scalars as written: plain (tricky YAML 1.1 ones among them), quoted, flow. */
const PLAIN = ['a', 'web', 'on', 'No', 'y', '~', 'null', '0755', '0x1F', '1e3', '1_000', '1:30', '.inf', '-.5', '+1', '12', '3.14', 'true', 'a b', 'a:b', 'a#b', 'http://x:8080/p', '-x', '--flag=1', '/etc/x', '10m', '128Mi', '1.2.3', 'x,y', 'a]', '{a'];
const plainTok = fc.oneof(fc.constantFrom(...PLAIN), fc.stringMatching(/^[a-z0-9][a-z0-9 ._:/#-]{0,8}$/));
const doubleTok = fc.oneof(
  fc.constantFrom('""', '"on"', '"0755"', '"quoted\\ttext"', '"\\u00e9"', '"a \\"b\\""', '"x: y"', '"# no comment"', '"\\q"'),
  fc.stringMatching(/^[a-z :#'{}[\],-]{0,8}$/).map((s) => JSON.stringify(s)),
);
const singleTok = fc.oneof(fc.constantFrom("''", "'it''s'", "'0755'", "'a: b'"), fc.stringMatching(/^[a-z :#"-]{0,8}$/).map((s) => `'${s}'`));
const flowTok: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plainTok.filter((s) => !/[,[\]{}#:]/.test(s) && s.trim() === s),
    doubleTok,
    fc.array(tie('node'), { maxLength: 3 }).chain((xs) => fc.constantFrom(`[${xs.join(', ')}]`, `[${xs.join(',')}]`, `[ ${xs.join(' , ')} ]`)),
    fc
      .array(fc.tuple(fc.oneof(fc.constantFrom('k', 'on', '1', 'x y'), doubleTok), tie('node')), { maxLength: 3 })
      .chain((kv) => fc.constantFrom(`{${kv.map(([k, v]) => `${k}: ${v}`).join(', ')}}`, `{${kv.map(([k, v]) => `${k}:${v}`).join(',')}}`)),
  ),
})).node;
const scalarTok = fc.oneof({ weight: 4, arbitrary: plainTok }, doubleTok, singleTok, flowTok);
const keyTok = fc.oneof({ weight: 5, arbitrary: fc.constantFrom('a', 'b', 'name', 'on', '1', '0755', 'x y', 'a:b', '~', '-k') }, doubleTok, singleTok);
const comment = fc.constantFrom('', '', '', ' # c', ' #x: y', ' # - z');

type Node =
  | { t: 'scalar'; tok: string; comment: string }
  | { t: 'empty' }
  | { t: 'block'; header: string; lines: string[]; extra: number }
  | { t: 'map'; entries: Array<{ key: string; value: Node }>; step: number }
  | { t: 'seq'; items: Node[]; step: number; compact: boolean };

const blockLine = fc.oneof(fc.constantFrom('', '', '  more', '# not a comment', '---', 'x: y', '  '), fc.stringMatching(/^[a-z ]{0,6}$/));
const nodeArb = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ t: fc.constant('scalar' as const), tok: scalarTok, comment }),
    fc.constant({ t: 'empty' as const }),
    fc.record({ t: fc.constant('block' as const), header: fc.constantFrom('|', '|-', '|+', '>', '>-', '>+', '| # c'), lines: fc.array(blockLine, { minLength: 1, maxLength: 4 }), extra: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ t: fc.constant('map' as const), entries: fc.array(fc.record({ key: keyTok, value: tie('node') }), { minLength: 1, maxLength: 4 }), step: fc.integer({ min: 1, max: 4 }) }),
    fc.record({ t: fc.constant('seq' as const), items: fc.array(tie('node'), { minLength: 1, maxLength: 4 }), step: fc.integer({ min: 1, max: 4 }), compact: fc.boolean() }),
  ),
})).node;

const sp = (n: number) => ' '.repeat(n);

/** Lines of `node` as the value after `head` (a `key:` or `-` already written at `indent`). */
function renderValue(head: string, node: Node, indent: number, inMapping: boolean, out: string[]): void {
  switch (node.t) {
    case 'scalar':
      out.push(`${head} ${node.tok}${node.comment}`);
      return;
    case 'empty':
      out.push(head);
      return;
    case 'block': {
      out.push(`${head} ${node.header}`);
      const at = indent + 1 + node.extra;
      for (const l of node.lines) out.push(l === '' ? '' : sp(at) + l);
      return;
    }
    case 'map':
      if (!inMapping && node.step === 2) {
        // Compact: the first entry on the dash's line.
        const first: string[] = [];
        renderMap(node, indent + 2, first);
        out.push(`${head} ${first[0]!.slice(indent + 2)}`, ...first.slice(1));
        return;
      }
      out.push(head);
      renderMap(node, indent + node.step, out);
      return;
    case 'seq':
      out.push(head);
      renderSeq(node, inMapping && node.compact ? indent : indent + node.step, out);
      return;
  }
}

function renderMap(node: Extract<Node, { t: 'map' }>, indent: number, out: string[]): void {
  for (const e of node.entries) renderValue(`${sp(indent)}${e.key}:`, e.value, indent, true, out);
}

function renderSeq(node: Extract<Node, { t: 'seq' }>, indent: number, out: string[]): void {
  for (const item of node.items) renderValue(`${sp(indent)}-`, item, indent, false, out);
}

function render(node: Node): string {
  const out: string[] = [];
  if (node.t === 'map') renderMap(node, 0, out);
  else if (node.t === 'seq') renderSeq(node, 0, out);
  else renderValue('root:', node, 0, true, out);
  return out.join('\n') + '\n';
}

/** Edits that push a text to the edges of the subset, or out of YAML altogether. */
const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'indent', 'dedent', 'duplicate-line', 'comment-line', 'trailing-space', 'drop-newline'),
  char: fc.constantFrom(' ', ':', '-', '#', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '?', '\t', '\n', 'x', '0'),
});

function mutate(text: string, m: { at: number; kind: string; char: string }): string {
  const lines = text.split('\n');
  const li = m.at % Math.max(1, lines.length);
  const pos = m.at % Math.max(1, text.length);
  switch (m.kind) {
    case 'insert':
      return text.slice(0, pos) + m.char + text.slice(pos);
    case 'delete':
      return text.slice(0, pos) + text.slice(pos + 1);
    case 'indent':
      lines[li] = ' ' + lines[li];
      return lines.join('\n');
    case 'dedent':
      lines[li] = lines[li]!.replace(/^ /, '');
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(li, 0, lines[li]!);
      return lines.join('\n');
    case 'comment-line':
      lines.splice(li, 0, `${sp(m.at % 5)}# c`);
      return lines.join('\n');
    case 'trailing-space':
      lines[li] += '  ';
      return lines.join('\n');
    default:
      return text.replace(/\n$/, '');
  }
}

describe('generated YAML: accepted only when equal to js-yaml', () => {
  test('hand-formatted block YAML, and mutations of it', () => {
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(nodeArb, fc.array(mutation, { maxLength: 2 }), (node, mutations) => {
        const text = render(node);
        total++;
        if (checkAgainstJsYaml(text).accepted) accepted++;
        let t = text;
        for (const m of mutations) {
          t = mutate(t, m);
          checkAgainstJsYaml(t);
        }
      }),
      { numRuns: RUNS },
    );
    // The generator must mostly produce what the reader is for, or this proves little.
    expect(accepted / total).toBeGreaterThan(0.3);
  });

  test('with the YAML 1.1 schema too (timestamps among its scalars)', () => {
    let accepted = 0;
    const timestamps = fc.constantFrom('2024-01-01', '2024-01-01T10:00:00Z', '2001-12-14 21:59:43.10 -5');
    fc.assert(
      fc.property(nodeArb, timestamps, (node, ts) => {
        const text = render(node);
        if (checkAgainstJsYaml(text, YAML11_SCHEMA).accepted) accepted++;
        expect(checkAgainstJsYaml(`${text}when: ${ts}\n`, YAML11_SCHEMA).accepted).toBe(false);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  test("js-yaml's own dump of JSON-like values, in several styles", () => {
    let accepted = 0;
    let total = 0;
    const value = fc.jsonValue({ maxDepth: 4 });
    const options = fc.record({ indent: fc.integer({ min: 1, max: 4 }), noArrayIndent: fc.boolean(), flowLevel: fc.constantFrom(-1, 1, 2, 3), lineWidth: fc.constantFrom(-1, 20, 80) });
    fc.assert(
      fc.property(value, options, fc.array(mutation, { maxLength: 1 }), (v, opts, mutations) => {
        const text = dump(v, opts);
        total++;
        if (checkAgainstJsYaml(text).accepted) accepted++;
        for (const m of mutations) checkAgainstJsYaml(mutate(text, m));
      }),
      { numRuns: Math.ceil((RUNS * 2) / 3) },
    );
    expect(accepted / total).toBeGreaterThan(0.3);
  });
});
