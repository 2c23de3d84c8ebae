/**
 * A fast reader for the plain block YAML that templates render: block mappings and sequences
 * (compact `- key: v` entries, and `key:` followed by `- item` at the key's own indentation),
 * plain and quoted single-line scalars, literal and folded block scalars (`|`, `|-`, `|+`, `>`…),
 * flow collections that open and close on one line, and comments.
 *
 * It gives exactly what js-yaml's `load(text, { schema })` gives, or declines: anything outside
 * that subset (anchors, aliases, tags, tabs, CR, directives, document markers, `?` keys, merge
 * keys, multi-line plain, quoted or flow scalars, indentation indicators, duplicate keys,
 * indentation js-yaml would reject or read otherwise, an empty document …) returns
 * `{ ok: false }`, and the caller reads the text with js-yaml. Plain scalars are resolved by the
 * schema's own implicit resolvers, as js-yaml's composer does; double-quoted scalars with escapes
 * are decoded by js-yaml itself. Tests hold it to js-yaml over every template output of the
 * conformance suites and generated YAML.
 */
import { load, type Schema } from 'js-yaml';
import { canStartPlain, code, isFlowIndicator, isSpaceOrEnd, skipSpaces } from './block-lexical.js';

export type BlockYamlResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string };

/**
 * A single-line scalar the reader read as a block entry's value: the line it stands on (0-based),
 * where its text starts on that line, and the path of keys and indexes to it from the root.
 */
export interface ScalarSite {
  readonly line: number;
  readonly start: number;
  readonly path: readonly (string | number)[];
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';
/** Well within js-yaml's `maxDepth` (100). */
const MAX_DEPTH = 40;
/** What js-yaml refuses anywhere in a stream, plus tab, CR and BOM, which this reader leaves to it. */
const UNSUPPORTED_CHARS = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

const NOT_PLAIN_ASCII = /[^\n\x20-\x7E]/;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Declined extends Error {}

function decline(reason: string): never {
  throw new Declined(reason);
}

function indentOf(line: string): number {
  let i = 0;
  while (code(line, i) === SPACE) i++;
  return i;
}

/** Caches of scalar texts, per schema, bounded: plain scalars resolved, escaped ones decoded. */
type ResolvedPlain = { readonly value: unknown } | typeof DECLINE;
const DECLINE = Symbol('decline');
const plainCaches = new WeakMap<Schema, Map<string, ResolvedPlain>>();
const escapedCache = new WeakMap<Schema, Map<string, string>>();
const stringCaches = new WeakMap<Schema, Map<string, string>>();
const CACHE_LIMIT = 4096;

class Reader {
  private readonly lines: string[];
  /** Per line: its indentation, or -1 for a blank or comment line. */
  private readonly indents: Int32Array;
  /** The line the reader stands on (the next content line once `skip` ran). */
  private i = 0;
  private depth = 0;
  private readonly plainCache: Map<string, ResolvedPlain>;
  private readonly stringCache: Map<string, string>;
  /** The keys and indexes from the root to the node being read (kept only when `sites` is). */
  private readonly path: (string | number)[] = [];

  constructor(
    text: string,
    private readonly schema: Schema,
    /** When given, every single-line scalar value read is recorded here. */
    private readonly sites?: ScalarSite[],
  ) {
    const lines = text.split('\n');
    // A final line break ends the last line. Without one, a last line of spaces is read by
    // js-yaml's end-of-input rules: left to it.
    const last = lines[lines.length - 1]!;
    if (last === '') lines.pop();
    else if (indentOf(last) === last.length) decline('spaces after the last line break');
    this.lines = lines;
    const indents = new Int32Array(lines.length);
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      const at = indentOf(line);
      const c = code(line, at);
      indents[k] = at === line.length || c === HASH ? -1 : at;
      // Directives and document markers: a stream, not one plain document.
      if (at === 0 && (c === 37 || ((c === DASH || c === 46) && (line.startsWith('---') || line.startsWith('...')) && isSpaceOrEnd(code(line, 3))))) {
        decline('directive or document marker');
      }
    }
    this.indents = indents;
    let cache = plainCaches.get(schema);
    if (!cache) plainCaches.set(schema, (cache = new Map()));
    this.plainCache = cache;
    let strings = stringCaches.get(schema);
    if (!strings) stringCaches.set(schema, (strings = new Map()));
    this.stringCache = strings;
  }

  read(): unknown {
    const first = this.skip();
    if (first === undefined) decline('empty document');
    const indent = indentOf(first);
    const value = this.blockNode(indent, indent);
    if (this.skip() !== undefined) decline('content after the root node');
    return value;
  }

  /** Moves past blank and comment lines; the line it stops on, or undefined at the end. */
  private skip(): string | undefined {
    const n = this.lines.length;
    while (this.i < n && this.indents[this.i]! < 0) this.i++;
    return this.i < n ? this.lines[this.i] : undefined;
  }

  /** Indentation of the next content line, or -1 at the end. */
  private nextIndent(): number {
    const n = this.lines.length;
    while (this.i < n && this.indents[this.i]! < 0) this.i++;
    return this.i < n ? this.indents[this.i]! : -1;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) decline('nesting too deep');
  }

  /** A block mapping or sequence whose first entry starts at column `col` of the current line. */
  private blockNode(indent: number, col: number): unknown {
    const line = this.lines[this.i]!;
    if (code(line, col) === DASH && isSpaceOrEnd(code(line, col + 1))) return this.sequence(indent, col);
    return this.mapping(indent, col);
  }

  /**
   * A block mapping at `indent`; its first key is at column `col` of the current line (beyond
   * `indent` when the mapping is the compact content of a sequence entry, `- key: v`).
   */
  private mapping(indent: number, col: number): Record<string, unknown> {
    this.enter();
    const out: Record<string, unknown> = {};
    let at = col;
    for (;;) {
      const line = this.lines[this.i]!;
      const key = this.key(line, at);
      if (key === undefined) decline('not a mapping entry');
      if (Object.hasOwn(out, key.name)) decline('duplicated mapping key');
      if (this.sites) this.path.push(key.name);
      out[key.name] = this.value(line, key.end, indent, true);
      if (this.sites) this.path.pop();
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline('bad indentation of a mapping entry');
      at = indent;
    }
    this.depth--;
    return out;
  }

  /** A block sequence whose entries' dashes stand at column `indent`. */
  private sequence(indent: number, col: number): unknown[] {
    this.enter();
    if (col !== indent) decline('compact nested sequence');
    const out: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i]!;
      if (code(line, indent) !== DASH || !isSpaceOrEnd(code(line, indent + 1))) break;
      if (this.sites) this.path.push(out.length);
      out.push(this.value(line, indent + 1, indent, false));
      if (this.sites) this.path.pop();
      const next = this.nextIndent();
      if (next < indent) break;
      if (next > indent) decline('bad indentation of a sequence entry');
    }
    this.depth--;
    return out;
  }

  /**
   * The key of a mapping entry at `col`: its name (as js-yaml stores it) and where its `:` ends;
   * undefined when the line holds no `key:` there.
   */
  private key(line: string, col: number): { name: string; end: number } | undefined {
    const c = code(line, col);
    if (c === 34 || c === 39) {
      const q = this.quoted(line, col);
      let p = q.end;
      while (code(line, p) === SPACE) p++;
      if (code(line, p) !== COLON || !isSpaceOrEnd(code(line, p + 1))) return undefined;
      return { name: checkKey(q.value), end: p + 1 };
    }
    if (!canStartPlain(line, col)) return undefined;
    for (let p = col; p < line.length; p++) {
      const ch = code(line, p);
      if (ch === COLON && isSpaceOrEnd(code(line, p + 1))) {
        return { name: checkKey(String(this.resolvePlain(line.slice(col, p).trimEnd()))), end: p + 1 };
      }
      if (ch === HASH && code(line, p - 1) === SPACE) return undefined;
    }
    return undefined;
  }

  /**
   * The value that follows an entry's indicator (`key:` ending at `from`, or a `-` at `from - 1`)
   * on `line`, or on the lines below. `indent` is the entry's: nested blocks are deeper, except a
   * mapping's sequence, which may stand at the key's own indentation.
   */
  private value(line: string, from: number, indent: number, inMapping: boolean): unknown {
    let p = from;
    while (code(line, p) === SPACE) p++;
    const c = code(line, p);
    if (Number.isNaN(c) || c === HASH) {
      // Nothing more on this line (`#` here follows a space: a comment).
      this.i++;
      const next = this.nextIndent();
      if (next > indent) return this.blockNode(next, next);
      if (inMapping && next === indent) {
        const l = this.lines[this.i]!;
        if (code(l, indent) === DASH && isSpaceOrEnd(code(l, indent + 1))) return this.sequence(indent, indent);
      }
      return null;
    }
    if (c === 124 || c === 62) return this.blockScalar(line, p, indent);
    let value: unknown;
    let end: number;
    if (!inMapping) {
      // A compact mapping as the entry's content: `- key: v`, its keys at this column.
      if (c === DASH && isSpaceOrEnd(code(line, p + 1))) decline('compact nested sequence');
      if (this.key(line, p) !== undefined) return this.mapping(p, p);
    }
    if (c === 91 || c === 123) {
      this.enter();
      [value, end] = this.flow(line, p);
      this.depth--;
    } else if (c === 34 || c === 39) {
      const q = this.quoted(line, p);
      value = q.value;
      end = q.end;
      this.sites?.push({ line: this.i, start: p, path: [...this.path] });
    } else {
      [value, end] = this.plain(line, p);
      this.sites?.push({ line: this.i, start: p, path: [...this.path] });
    }
    while (code(line, end) === SPACE) end++;
    if (end < line.length && !(code(line, end) === HASH && code(line, end - 1) === SPACE)) decline('text after a value');
    this.i++;
    // Deeper lines would continue a plain scalar, or be an error: either way, js-yaml's.
    if (this.nextIndent() > indent) decline('more indented line after a value');
    return value;
  }

  /** A single-line plain scalar in block context from `p`: its value and its end. */
  private plain(line: string, p: number): [unknown, number] {
    if (!canStartPlain(line, p)) decline('indicator');
    let end = p;
    let q = p;
    for (; q < line.length; q++) {
      const ch = code(line, q);
      if (ch === COLON && isSpaceOrEnd(code(line, q + 1))) decline('mapping entry inside a value');
      if (ch === HASH && code(line, q - 1) === SPACE) break;
      if (ch !== SPACE) end = q + 1;
    }
    return [this.resolvePlain(line.slice(p, end)), end];
  }

  /** A plain scalar's value, as js-yaml's composer resolves it (remembered per text). */
  private resolvePlain(text: string): unknown {
    let r = this.plainCache.get(text);
    if (r === undefined) {
      const { value, tag } = this.schema.resolveImplicitScalarTag(text);
      // A merge key, or a resolver that builds an object: js-yaml's business.
      r = tag.tagName === MERGE_TAG || (value !== null && typeof value === 'object') ? DECLINE : { value };
      if (this.plainCache.size >= CACHE_LIMIT) this.plainCache.clear();
      this.plainCache.set(text, r);
    }
    if (r === DECLINE) decline('special scalar');
    return r.value;
  }

  /** A quoted scalar that closes on its line: its value and the offset after the closing quote. */
  private quoted(line: string, p: number): { value: string; end: number } {
    const quote = code(line, p);
    let escaped = false;
    let q = p + 1;
    for (;;) {
      if (q >= line.length) decline('multi-line quoted scalar');
      const ch = code(line, q);
      if (quote === 39) {
        if (ch === 39) {
          if (code(line, q + 1) !== 39) break;
          escaped = true;
          q += 2;
          continue;
        }
      } else if (ch === 92) {
        // An escape; one at the end of the line would continue the scalar on the next.
        if (q + 1 >= line.length) decline('escaped line break');
        escaped = true;
        q += 2;
        continue;
      } else if (ch === 34) break;
      q++;
    }
    const body = line.slice(p + 1, q);
    if (!escaped) return { value: this.intern(body), end: q + 1 };
    if (quote === 39) return { value: body.replaceAll("''", "'"), end: q + 1 };
    return { value: this.doubleQuoted(line.slice(p, q + 1)), end: q + 1 };
  }

  /**
   * One string per distinct text: a slice of the rendered text would keep all of it alive for as
   * long as the value lives (the whole run, for an injected pod).
   */
  private intern(s: string): string {
    const cache = this.stringCache;
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(s, s);
    return s;
  }

  /** A double-quoted scalar with escapes, decoded by js-yaml (remembered per text). */
  private doubleQuoted(token: string): string {
    let cache = escapedCache.get(this.schema);
    if (!cache) escapedCache.set(this.schema, (cache = new Map()));
    let v = cache.get(token);
    if (v === undefined) {
      let loaded: unknown;
      try {
        loaded = load(token, { schema: this.schema });
      } catch {
        decline('bad escape');
      }
      if (typeof loaded !== 'string') decline('bad escape');
      v = loaded;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(token, v);
    }
    return v;
  }

  /** A flow collection from `p` that closes on this line: its value and the offset after it. */
  private flow(line: string, p: number): [unknown, number] {
    const mapping = code(line, p) === 123;
    const close = mapping ? 125 : 93;
    const out: unknown = mapping ? {} : [];
    p = skipSpaces(line, p + 1);
    if (code(line, p) === close) return [out, p + 1];
    for (;;) {
      if (mapping) {
        const map = out as Record<string, unknown>;
        let name: string;
        const c = code(line, p);
        if (c === 34 || c === 39) {
          const q = this.quoted(line, p);
          name = checkKey(q.value);
          p = skipSpaces(line, q.end);
          if (code(line, p) !== COLON) decline('flow entry without a value');
          p++;
        } else {
          const [key, end] = this.flowPlain(line, p);
          if (code(line, end) !== COLON) decline('flow entry without a value');
          name = checkKey(String(this.resolvePlain(key)));
          p = end + 1;
        }
        if (Object.hasOwn(map, name)) decline('duplicated mapping key');
        p = skipSpaces(line, p);
        const v = this.flowNode(line, p);
        map[name] = v[0];
        p = v[1];
      } else {
        const v = this.flowNode(line, p);
        (out as unknown[]).push(v[0]);
        p = v[1];
      }
      p = skipSpaces(line, p);
      const c = code(line, p);
      if (c === close) return [out, p + 1];
      if (c !== 44) decline('flow collection not closed on its line');
      p = skipSpaces(line, p + 1);
      if (code(line, p) === close) decline('trailing comma');
    }
  }

  /** A node inside a flow collection: nested flow, quoted or plain; never empty. */
  private flowNode(line: string, p: number): [unknown, number] {
    const c = code(line, p);
    if (c === 91 || c === 123) {
      this.enter();
      const r = this.flow(line, p);
      this.depth--;
      return r;
    }
    if (c === 34 || c === 39) {
      const q = this.quoted(line, p);
      return [q.value, q.end];
    }
    const [text, end] = this.flowPlain(line, p);
    // `a: b` in a flow sequence is a one-pair mapping: js-yaml's.
    if (code(line, end) === COLON) decline('flow pair');
    return [this.resolvePlain(text), end];
  }

  /** A plain scalar in flow context: its text and where it ends (at `,` `[` `]` `{` `}`, `: `, ` #`). */
  private flowPlain(line: string, p: number): [string, number] {
    if (!canStartPlain(line, p) || (code(line, p) === DASH && isFlowIndicator(code(line, p + 1)))) decline('empty or special flow node');
    let end = p;
    let q = p;
    for (; q < line.length; q++) {
      const ch = code(line, q);
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const next = code(line, q + 1);
        if (isSpaceOrEnd(next) || isFlowIndicator(next)) break;
      }
      if (ch === HASH && code(line, q - 1) === SPACE) break;
      if (ch !== SPACE) end = q + 1;
    }
    return [line.slice(p, end), end];
  }

  /**
   * A block scalar whose header (`|`, `>`, with `-` or `+`) is at `p` of `line`; its content is
   * the lines below indented deeper than `parent`, read as js-yaml reads them.
   */
  private blockScalar(line: string, p: number, parent: number): string {
    const folded = code(line, p) === 62;
    let q = p + 1;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    if (code(line, q) === DASH) {
      chomp = 'strip';
      q++;
    } else if (code(line, q) === 43) {
      chomp = 'keep';
      q++;
    }
    const afterHeader = q;
    while (code(line, q) === SPACE) q++;
    if (q < line.length && !(code(line, q) === HASH && q > afterHeader)) decline('block scalar header');
    const start = ++this.i;
    let contentIndent = -1;
    let maxLeading = 0;
    for (; this.i < this.lines.length; this.i++) {
      const l = this.lines[this.i]!;
      const col = indentOf(l);
      if (col === l.length) {
        if (contentIndent === -1) maxLeading = Math.max(maxLeading, col);
        continue;
      }
      if (contentIndent === -1) {
        if (col <= parent || col < maxLeading) decline('block scalar without content or with odd indentation');
        contentIndent = col;
      } else if (col < contentIndent) break;
    }
    if (contentIndent === -1) decline('block scalar without content');
    // js-yaml's getBlockValue over the lines of the scalar.
    let result = '';
    let didReadContent = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    for (let k = start; k < this.i; k++) {
      const l = this.lines[k]!;
      let column = 0;
      while (column < contentIndent && code(l, column) === SPACE) column++;
      if (column >= l.length) {
        emptyLines++;
        continue;
      }
      const content = l.slice(contentIndent);
      if (folded) {
        if (code(content, 0) === SPACE) {
          atMoreIndented = true;
          result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          result += '\n'.repeat(emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) result += ' ';
        } else result += '\n'.repeat(emptyLines);
      } else result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      result += content;
      didReadContent = true;
      emptyLines = 0;
    }
    if (chomp === 'keep') result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
    else if (chomp === 'clip' && didReadContent) result += '\n';
    // The line that ended the scalar must belong to an enclosing node.
    if (this.nextIndent() > parent) decline('more indented line after a block scalar');
    return result;
  }
}


/** A key js-yaml would store specially is left to it. */
function checkKey(name: string): string {
  if (name === '__proto__') decline('__proto__ key');
  return name;
}

/**
 * Reads `text` as js-yaml's `load(text, { schema })` would, when it is plain block YAML of the
 * subset above; otherwise declines (`ok: false`) and js-yaml must read it. With `sites`, the
 * single-line scalar values read are recorded there (for `render/rendered-reuse.ts`).
 */
export function parseBlockYaml(text: string, schema: Schema, sites?: ScalarSite[]): BlockYamlResult {
  // Printable ASCII and line feeds only need no closer look.
  if (NOT_PLAIN_ASCII.test(text) && UNSUPPORTED_CHARS.test(text)) return { ok: false, reason: 'tab, CR, BOM or non-printable character' };
  try {
    return { ok: true, value: new Reader(text, schema, sites).read() };
  } catch (e) {
    if (e instanceof Declined) return { ok: false, reason: e.message };
    throw e;
  }
}
