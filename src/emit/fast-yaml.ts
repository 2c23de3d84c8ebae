/**
 * A fast writer of JSON-like data (plain objects, arrays, strings, numbers, booleans, null) as
 * js-yaml's `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })` writes it, byte for byte.
 *
 * js-yaml builds an AST of the value and decides every scalar's style with a run of regular
 * expressions; most of an injected pod is the same strings again and again. This writer lays
 * out block mappings and sequences as js-yaml's presenter does, and takes each scalar's text
 * from js-yaml itself (a one-entry dump), remembered per distinct scalar: strings plain-safe at a
 * glance skip even that. Values it does not know (class instances, Maps, Dates, symbols,
 * bigints, functions, a scalar document, keys that need `? `) make it hand the whole value to
 * js-yaml. Tests hold it to `dump` over the conformance suite and generated values.
 */
import { DUMP_SCHEMA, dump } from 'js-yaml';
import { FrozenMemo, isFrozenObject } from '../model/frozen.js';

const INDENT = 2;
const STR_TAG = 'tag:yaml.org,2002:str';
/**
 * Strings of these characters are plain-safe to js-yaml (no indicator first, a `:` only before a
 * non-space), and single-quote-safe: js-yaml writes them plain when the schema reads them back
 * as strings, else single-quoted (`'1'`, `'true'`, `'1:30'`). Image references and URLs are
 * among them.
 */
const SIMPLE = /^[A-Za-z0-9_/][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*$/;
const CACHE_LIMIT = 8192;

class Unsupported extends Error {}

function unsupported(): never {
  throw new Unsupported();
}

function hasPlainPrototype(v: object): boolean {
  const p = Object.getPrototypeOf(v);
  return p === null || p === Object.prototype;
}

/** js-yaml's text of a single-line scalar value, and of a key, remembered per value. */
const valueCache = new Map<unknown, string>();
const keyCache = new Map<string, string>();
/** Multi-line strings: their text depends on the level they are written at. */
const blockCache = new Map<string, string>();

function remember<K, V>(m: Map<K, V>, k: K, v: V): V {
  if (m.size >= CACHE_LIMIT) m.clear();
  m.set(k, v);
  return v;
}

/** What js-yaml writes for `value` at nesting level `level` (>= 1) as a mapping value. */
function dumpedScalar(value: unknown, level: number): string {
  let v: unknown = value;
  for (let i = 0; i < level; i++) v = { k: v };
  const out = dump(v, { lineWidth: -1, noRefs: true });
  let prefix = '';
  for (let i = 0; i < level; i++) prefix += `${i === 0 ? '' : '\n'}${' '.repeat(INDENT * i)}k:`;
  if (!out.startsWith(prefix + ' ')) unsupported();
  let body = out.slice(prefix.length + 1);
  // present() ends a document with a line break, and with `...` after an open-ended block scalar.
  if (body.endsWith('\n...\n')) body = body.slice(0, -5);
  else if (body.endsWith('\n')) body = body.slice(0, -1);
  else unsupported();
  return body;
}

/** A SIMPLE string: plain when it reads back as a string, else single-quoted (js-yaml's quoteInvalidPlain). */
function simpleText(s: string): string {
  return DUMP_SCHEMA.resolveImplicitScalarTag(s).tag.tagName === STR_TAG ? s : `'${s}'`;
}

/** Printable ASCII on one line, neither first nor last a space. */
const ASCII_LINE = /^[!-~](?:[ -~]*[!-~])?$/;
/** YAML's indicators, which a plain scalar may not start with (but `-`, `?`, `:` before a non-space). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/**
 * js-yaml's text of an ASCII_LINE string as a mapping value or sequence item (level >= 1), as its
 * scalar styler decides it there: plain when YAML's plain-scalar grammar allows the text (an
 * indicator first only as `-x`, `?x`, `:x`; no `: `, no ` #`, no `:` last) and it reads back as a
 * string (and is not `=`), else single-quoted (every such string may be). Held to js-yaml's own
 * output over generated strings (test/emit/fast-yaml.test.ts).
 */
function asciiLineText(s: string): string {
  const first = s.charCodeAt(0);
  const plainFirst = !INDICATOR.test(s) || ((first === 45 || first === 63 || first === 58) && s.length > 1 && s.charCodeAt(1) !== 32);
  const plain = plainFirst && !s.includes(': ') && !s.includes(' #') && !s.endsWith(':') && s !== '=' && DUMP_SCHEMA.resolveImplicitScalarTag(s).tag.tagName === STR_TAG;
  return plain ? s : `'${s.replace(/'/g, "''")}'`;
}

/** Lines of printable ASCII, the first neither empty nor indented, at most one line break last. */
const LITERAL_SAFE = /^[!-~][ -~]*(?:\n[ -~]*)*$/;

/**
 * js-yaml's text of a multi-line string at `level` when it is a LITERAL_SAFE one: a literal block
 * scalar (`|`, or `|-` without a final line break), its non-empty lines indented one level deeper,
 * no indentation indicator (the first line is not indented). Any other is js-yaml's own text.
 */
function blockText(value: string, level: number): string {
  const clip = value.endsWith('\n');
  if (clip && value.endsWith('\n\n')) return dumpedScalar(value, level);
  const body = clip ? value.slice(0, -1) : value;
  if (!LITERAL_SAFE.test(body)) return dumpedScalar(value, level);
  const pad = ' '.repeat(INDENT * level);
  let out = clip ? '|' : '|-';
  for (const line of body.split('\n')) out += line === '' ? '\n' : `\n${pad}${line}`;
  return out;
}

function scalarText(value: string | number | boolean | null, level: number): string {
  if (typeof value === 'string' && value.includes('\n')) {
    const key = `${level}\u0000${value}`;
    return blockCache.get(key) ?? remember(blockCache, key, blockText(value, level));
  }
  // js-yaml writes safe integers, booleans and null as JavaScript prints them (test/emit/fast-yaml).
  if (value === null || typeof value === 'boolean' || (Number.isSafeInteger(value) && !Object.is(value, -0))) return String(value);
  // A Map takes -0 for 0: never cached.
  if (Object.is(value, -0)) return dumpedScalar(value, 1);
  const cached = valueCache.get(value);
  if (cached !== undefined) return cached;
  // SIMPLE strings are ASCII_LINE strings too: asciiLineText gives them simpleText's answer.
  const text = typeof value === 'string' && ASCII_LINE.test(value) ? asciiLineText(value) : dumpedScalar(value, 1);
  return remember(valueCache, value, text);
}

function keyText(key: string): string {
  const cached = keyCache.get(key);
  if (cached !== undefined) return cached;
  // Multi-line and very long keys are explicit (`? key`) pairs: js-yaml's.
  if (key.length > 1000 || key.includes('\n')) unsupported();
  let text: string;
  if (SIMPLE.test(key)) text = simpleText(key);
  else {
    const out = dump({ [key]: null }, { lineWidth: -1, noRefs: true });
    if (!out.endsWith(': null\n') || out.startsWith('?')) unsupported();
    text = out.slice(0, -': null\n'.length);
    if (text.includes('\n')) unsupported();
  }
  return remember(keyCache, key, text);
}

/** The text of frozen collections, per place (`Writer.node`). */
const written = new FrozenMemo<{ readonly text: string; readonly openEnded: boolean }>();

class Writer {
  /** As js-yaml's presenter tracks it: whether the last scalar written leaves the document open (`...`). */
  openEnded = false;

  /** Line breaks and the indentation after them, per level. */
  private readonly pads: string[] = [];

  /** `base`: spaces before every line after the first (text placed at that column); 0 for js-yaml's own text. */
  constructor(
    private readonly seqNoIndent: boolean,
    private readonly base = 0,
  ) {}

  private pad(level: number): string {
    return (this.pads[level] ??= `\n${' '.repeat(this.base + INDENT * level)}`);
  }

  /**
   * js-yaml's writeNode for a block context. A frozen collection (a template's output, shared
   * between pods) is written once per place it is written at.
   */
  node(v: unknown, level: number, compact: boolean, inBlockSeq: boolean): string {
    // The place, as one number (levels past 1024, which no manifest reaches, are not remembered).
    if (!isFrozenObject(v) || level >= 1024) return this.fresh(v, level, compact, inBlockSeq);
    const variant = (((this.base * 1024 + level) * 2 + (this.seqNoIndent ? 1 : 0)) * 2 + (compact ? 1 : 0)) * 2 + (inBlockSeq ? 1 : 0);
    const known = written.get(v, variant);
    if (known !== undefined) {
      this.openEnded = known.openEnded;
      return known.text;
    }
    const text = this.fresh(v, level, compact, inBlockSeq);
    written.set(v, variant, { text, openEnded: this.openEnded });
    return text;
  }

  private fresh(v: unknown, level: number, compact: boolean, inBlockSeq: boolean): string {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      let text = scalarText(v, level);
      // A block scalar's lines move with the text; its blank lines stay empty.
      if (this.base > 0 && text.includes('\n')) text = text.replace(/\n(?=[^\n])/g, this.pad(0));
      const c = text.charCodeAt(0);
      this.openEnded = (c === 124 || c === 62) && typeof v === 'string' && (v === '\n' || v.endsWith('\n\n'));
      return text;
    }
    if (typeof v !== 'object') unsupported();
    if (Array.isArray(v)) {
      if (v.length === 0) {
        this.openEnded = false;
        return '[]';
      }
      return this.seqNoIndent && !inBlockSeq && level > 0 ? this.sequence(v, level - 1, compact) : this.sequence(v, level, compact);
    }
    if (!hasPlainPrototype(v)) unsupported();
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
    if (keys.length === 0) {
      this.openEnded = false;
      return '{}';
    }
    return this.mapping(obj, keys, level, compact);
  }

  private sequence(items: readonly unknown[], level: number, compact: boolean): string {
    let out = '';
    const pad = this.pad(level);
    for (let i = 0; i < items.length; i++) {
      // A hole or undefined item is written as null, as js-yaml does.
      const item = this.node(items[i] === undefined ? null : items[i], level + 1, true, true);
      if (!compact || out !== '') out += pad;
      out += item === '' || item.charCodeAt(0) === 10 ? '-' : '- ';
      out += item;
    }
    return out;
  }

  private mapping(obj: Record<string, unknown>, keys: readonly string[], level: number, compact: boolean): string {
    let out = '';
    const pad = this.pad(level);
    for (const k of keys) {
      if (!compact || out !== '') out += pad;
      out += keyText(k);
      this.openEnded = false;
      const value = this.node(obj[k], level + 1, false, false);
      out += value === '' || value.charCodeAt(0) === 10 ? ':' : ': ';
      out += value;
    }
    return out;
  }
}

/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, and whether the fast writer wrote it. */
export function dumpYamlDetailed(value: unknown, seqNoIndent: boolean): { text: string; fast: boolean } {
  // A scalar or empty document: js-yaml's rules for the top level.
  const collection = value !== null && typeof value === 'object' && (Array.isArray(value) ? value.length > 0 : hasPlainPrototype(value) && Object.values(value).some((x) => x !== undefined));
  if (collection) {
    try {
      const w = new Writer(seqNoIndent);
      const body = w.node(value, 0, true, false);
      return { text: `${body}\n${w.openEnded ? '...\n' : ''}`, fast: true };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  return { text: dump(value, { lineWidth: -1, noRefs: true, seqNoIndent }), fast: false };
}

/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, faster. */
export function dumpYaml(value: unknown, seqNoIndent: boolean): string {
  return dumpYamlDetailed(value, seqNoIndent).text;
}

/**
 * A non-empty mapping or sequence as the fast writer writes it, every line after the first
 * indented by `base` more (text to place at column `base`), without the final line break; and
 * whether it leaves the document open (ends in a kept block scalar). Null when only js-yaml can
 * write the value.
 */
export function dumpYamlAt(value: object, seqNoIndent: boolean, base: number): { text: string; openEnded: boolean } | null {
  try {
    const w = new Writer(seqNoIndent, base);
    return { text: w.node(value, 0, true, false), openEnded: w.openEnded };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}
