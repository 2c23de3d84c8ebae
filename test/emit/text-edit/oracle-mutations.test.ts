/**
 * The edit writer against the re-serialiser (the oracle) on documents of every style, changed
 * every way: random values written by js-yaml with random indentation, list style, flow levels,
 * quoting and shared objects (anchors and aliases), with comments on their own lines and after
 * values, CRLF or LF; then keys added, removed and reordered, items inserted and removed,
 * scalars and subtrees replaced. The edited text must read back as exactly what the
 * re-serialised text reads back as, whatever the change.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, it } from 'vitest';
import type { ManifestDocument } from '../../../src/model/document.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { checkOutputs, newTally } from './oracle.js';

type Obj = Record<string, unknown>;

const key = fc.constantFrom('a', 'b', 'name', 'image', 'on', '1', '2', 'key with space', 'x:y', '-dash', 'null', "it's", 'é');
const text = fc.constantFrom('', ' ', 'plain', 'nginx:1.27', 'yes', '0755', '1e3', '- item', 'a: b', '# hash', '[x]', '{y}', 'multi\nline', 'ends\n\n', '\nstarts', "quote'", 'tab\there', 'a, b', '*star', '&amp', '!bang', '%pct', '@at', '| pipe');
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 99999 }), fc.boolean(), fc.constant(null), fc.constantFrom(1.5, -0, 0.1));

const { tree } = fc.letrec<{ tree: unknown; obj: Obj; arr: unknown[] }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('obj'), tie('arr')),
  obj: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
  arr: fc.array(tie('tree'), { maxLength: 4 }),
}));

/** A document root: a non-empty mapping, sometimes with one of its values shared (an alias). */
const root = fc.record({ value: fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), share: fc.boolean() }).map(({ value, share }) => {
  if (!share) return value;
  const shared = Object.values(value).find((v) => v !== null && typeof v === 'object');
  return shared ? { ...value, copy: shared } : value;
});

const style = fc.record({
  indent: fc.constantFrom(2, 4),
  seqNoIndent: fc.boolean(),
  flowLevel: fc.constantFrom(-1, -1, 1, 2, 3),
  quoteStyle: fc.constantFrom('single', 'double') as fc.Arbitrary<'single' | 'double'>,
  forceQuotes: fc.boolean(),
  json: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
  crlf: fc.boolean(),
  comments: fc.array(fc.nat(), { maxLength: 4 }),
  marker: fc.boolean(),
});

type Style = typeof style extends fc.Arbitrary<infer T> ? T : never;

/** The document's text, with comments on lines where they cannot change a value. */
function render(value: Obj, s: Style): string {
  let body: string;
  if (s.json) body = JSON.stringify(value, null, s.comments.length % 2 === 0 ? 2 : undefined) + '\n';
  else {
    const lines = dump(value, { indent: s.indent, seqNoIndent: s.seqNoIndent, flowLevel: s.flowLevel, quoteStyle: s.quoteStyle, forceQuotes: s.forceQuotes, lineWidth: -1 }).replace(/\n$/, '').split('\n');
    // Lines inside a block scalar are content: no comment there.
    const content = new Set<number>();
    for (let i = 0; i < lines.length; i++) {
      if (!/[|>][-+0-9]*$/.test(lines[i]!)) continue;
      const at = lines[i]!.search(/\S/);
      for (let j = i + 1; j < lines.length && (lines[j] === '' || lines[j]!.search(/\S/) > at); j++) content.add(j);
    }
    const free = lines.map((_, i) => i).filter((i) => !content.has(i));
    const own = new Set(s.comments.filter((_, k) => k % 2 === 0).map((n) => free[n % free.length]!));
    const after = new Set(s.comments.filter((_, k) => k % 2 === 1).map((n) => free[n % free.length]!));
    body = lines.map((l, i) => (own.has(i) ? `${' '.repeat(Math.max(0, l.search(/\S/)))}# own line ${i}\n` : '') + (after.has(i) ? `${l} # after ${i}` : l)).join('\n') + '\n';
  }
  const out = (s.marker ? '# leading\n---\n' : '') + body;
  return s.crlf ? out.replace(/\n/g, '\r\n') : out;
}

// ---------------------------------------------------------------------------------------------
// Changes, made copy-on-write so the old value stays as it was read.

type Change = { op: 'set' | 'remove' | 'insert' | 'replace' | 'reorder'; pick: number; at: number; key: string; value: unknown };
const change: fc.Arbitrary<Change> = fc.record({
  op: fc.constantFrom('set', 'set', 'remove', 'insert', 'insert', 'replace', 'reorder') as fc.Arbitrary<Change['op']>,
  pick: fc.nat(),
  at: fc.nat(),
  key: fc.oneof(key, fc.constantFrom('added', 'new key', 'zz')),
  value: tree,
});

/** Paths of every collection in `v`. */
function collections(v: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (v === null || typeof v !== 'object') return out;
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => collections(x, [...path, i], out));
  else for (const [k, x] of Object.entries(v)) collections(x, [...path, k], out);
  return out;
}

function update(v: unknown, path: ReadonlyArray<string | number>, f: (c: unknown) => unknown): unknown {
  if (path.length === 0) return f(v);
  const [head, ...rest] = path;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? update(x, rest, f) : x));
  const out: Obj = {};
  for (const [k, x] of Object.entries(v as Obj)) Object.defineProperty(out, k, { value: k === head ? update(x, rest, f) : x, enumerable: true, writable: true, configurable: true });
  return out;
}

function apply(v: unknown, c: Change): unknown {
  const paths = collections(v);
  const path = paths[c.pick % paths.length]!;
  return update(v, path, (node) => {
    if (Array.isArray(node)) {
      const at = node.length === 0 ? 0 : c.at % (node.length + 1);
      if (c.op === 'remove' && node.length > 0) return node.filter((_, i) => i !== at % node.length);
      if (c.op === 'replace' && node.length > 0) return node.map((x, i) => (i === at % node.length ? c.value : x));
      if (c.op === 'reorder') return [...node].reverse();
      return [...node.slice(0, at), c.value, ...node.slice(at)];
    }
    const o = node as Obj;
    const keys = Object.keys(o);
    if (c.op === 'remove' && keys.length > 1) return Object.fromEntries(Object.entries(o).filter(([k]) => k !== keys[c.at % keys.length]));
    if (c.op === 'replace' && keys.length > 0) return { ...o, [keys[c.at % keys.length]!]: c.value };
    if (c.op === 'reorder') return Object.fromEntries(Object.entries(o).reverse());
    // A new key lands at the end unless the key exists (then its value changes in place).
    if (c.op === 'insert') return { ...o, [c.key]: c.value };
    return { ...o, [c.key]: c.value };
  });
}

describe('edit writer = re-serialiser, over documents of every style changed every way', () => {
  it('reads back as the re-serialised text', () => {
    const tally = newTally();
    fc.assert(
      fc.property(root, style, fc.array(change, { minLength: 1, maxLength: 4 }), (value, s, changes) => {
        const src = render(value, s);
        const docs = splitStream(makeSource('doc.yaml', src)).filter((d: ManifestDocument) => !d.empty);
        if (docs.length !== 1) throw new Error(`generator: ${docs.length} documents in\n${src}`);
        const doc = docs[0]!;
        const after = changes.reduce(apply, doc.value);
        checkOutputs([{ doc, value: after }], 'mutation', tally);
      }),
      { numRuns: Number(process.env.MUT_RUNS ?? 400) },
    );
    if (process.env.MUT_RUNS) console.log(JSON.stringify({ edited: tally.edited, whole: count(tally.whole), fallbacks: count(tally.fallbacks) }, null, 1));
  });
});

function count(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) {
    const why = x.slice(x.lastIndexOf(': ') + 2);
    out[why] = (out[why] ?? 0) + 1;
  }
  return out;
}
