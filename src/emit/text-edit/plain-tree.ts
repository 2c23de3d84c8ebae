/**
 * The source tree of a plain block-YAML document (what charts render and people write: block
 * mappings and sequences, plain and quoted one-line scalars, one-line flow collections, literal
 * and folded block scalars, comments) read line by line, without js-yaml's event parser: the same
 * tree readSourceTree builds from events, several times faster. Anything outside that subset
 * (tabs, CR, anchors, aliases, tags, `?` keys, merge keys, multi-line plain, quoted or flow
 * scalars, kept `|+` or indented `|2` block scalars, directives, `...`) returns null, and the
 * document is read with the event parser. Tests hold the two readers together.
 */
import { canStartPlain, code, isFlowIndicator, isSpaceOrEnd, skipSpaces } from '../../read/block-lexical.js';
import { KUBE_SCHEMA } from '../../read/yaml-schema.js';
import { SCALAR_STYLE } from 'js-yaml';
import { NO_ENTRIES, NO_ITEMS, type SourceEntry, type SourceNode, type SourceTree } from './source-tree.js';

class Declined extends Error {}
function decline(): never {
  throw new Declined();
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const MERGE_TAG = 'tag:yaml.org,2002:merge';

const keyCache = new Map<string, string>();

function node(kind: SourceNode['kind'], start: number, end: number, flow: boolean, scalarStyle: number): SourceNode {
  const leaf = kind === 'scalar';
  return { kind, start, open: start, end, flow, scalarStyle, anchor: null, entries: leaf ? NO_ENTRIES : [], items: leaf ? NO_ITEMS : [], opaque: null };
}


class Reader {
  /** Offsets where each line starts; the text of the lines. */
  private readonly starts: number[] = [];
  private readonly lines: string[] = [];
  /** Per line: indentation, or -1 for a blank or comment line. */
  private readonly indents: number[] = [];
  private i = 0;

  constructor(text: string) {
    let p = 0;
    while (p <= text.length) {
      const eol = text.indexOf('\n', p);
      const line = text.slice(p, eol < 0 ? text.length : eol);
      this.starts.push(p);
      this.lines.push(line);
      let at = 0;
      while (code(line, at) === SPACE) at++;
      this.indents.push(at === line.length || code(line, at) === HASH ? -1 : at);
      if (eol < 0) break;
      p = eol + 1;
    }
  }

  read(): SourceNode {
    // Before the content: blank and comment lines and one bare `---` (a comment may follow it).
    let marker = false;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i]!;
      if (this.indents[this.i]! < 0) continue;
      if (!marker && line.startsWith('---') && (line.length === 3 || /^--- +(#.*)?$/.test(line))) {
        marker = true;
        continue;
      }
      break;
    }
    const first = this.skip();
    if (first < 0 || first !== 0) decline();
    const root = this.blockNode(0, 0);
    if (this.skip() >= 0) decline();
    return root;
  }

  /** Indentation of the next content line (moving past blank and comment lines), or -1 at the end. */
  private skip(): number {
    while (this.i < this.lines.length && this.indents[this.i]! < 0) this.i++;
    if (this.i >= this.lines.length) return -1;
    const line = this.lines[this.i]!;
    // Document markers and directives end the plain subset.
    if (this.indents[this.i] === 0 && (line.startsWith('---') || line.startsWith('...') || line.startsWith('%'))) decline();
    return this.indents[this.i]!;
  }

  private at(col: number): number {
    return this.starts[this.i]! + col;
  }

  private blockNode(indent: number, col: number): SourceNode {
    const line = this.lines[this.i]!;
    if (code(line, col) === DASH && isSpaceOrEnd(code(line, col + 1))) return this.sequence(indent, col);
    return this.mapping(indent, col);
  }

  private mapping(indent: number, col: number): SourceNode {
    const map = node('mapping', this.at(col), -1, false, 0);
    let c = col;
    for (;;) {
      const line = this.lines[this.i]!;
      const key = this.key(line, c);
      if (key === null || hasKey(map.entries, key.name)) decline();
      const keyStart = this.at(c);
      const colon = this.at(key.colon);
      const value = this.value(line, key.colon, indent, true);
      if (value.start < 0) value.start = value.open = value.end = colon;
      const entry: SourceEntry = { key: key.name, keyStart, colon, value };
      map.entries.push(entry);
      const next = this.skip();
      if (next < indent) break;
      if (next > indent) decline();
      c = indent;
    }
    map.end = map.entries[map.entries.length - 1]!.value.end;
    return map;
  }

  private sequence(indent: number, col: number): SourceNode {
    if (col !== indent) decline();
    const seq = node('sequence', this.at(col), -1, false, 0);
    for (;;) {
      const line = this.lines[this.i]!;
      if (code(line, indent) !== DASH || !isSpaceOrEnd(code(line, indent + 1))) break;
      const item = this.value(line, indent + 1, indent, false);
      if (item.start < 0) decline();
      seq.items.push(item);
      const next = this.skip();
      if (next < indent) break;
      if (next > indent) decline();
    }
    if (seq.items.length === 0) decline();
    seq.end = seq.items[seq.items.length - 1]!.end;
    return seq;
  }

  /** A mapping key at `col`: its name and the column just past its `:`; null when none. */
  private key(line: string, col: number): { name: string; colon: number } | null {
    const c = code(line, col);
    if (c === 34 || c === 39) {
      const q = quoted(line, col);
      let p = q.end;
      while (code(line, p) === SPACE) p++;
      if (code(line, p) !== COLON || !isSpaceOrEnd(code(line, p + 1))) return null;
      return { name: q.value, colon: p + 1 };
    }
    if (!canStartPlain(line, col)) return null;
    for (let p = col; p < line.length; p++) {
      const ch = code(line, p);
      if (ch === COLON && isSpaceOrEnd(code(line, p + 1))) return { name: keyName(line.slice(col, p).trimEnd()), colon: p + 1 };
      if (ch === HASH && code(line, p - 1) === SPACE) return null;
    }
    return null;
  }

  /** The value after an indicator ending at `from` (`:` or `-`); an empty scalar (start -1) when there is none. */
  private value(line: string, from: number, indent: number, inMapping: boolean): SourceNode {
    let p = from;
    while (code(line, p) === SPACE) p++;
    const c = code(line, p);
    if (Number.isNaN(c) || c === HASH) {
      this.i++;
      const next = this.skip();
      if (next > indent) return this.blockNode(next, next);
      if (inMapping && next === indent) {
        const l = this.lines[this.i]!;
        if (code(l, indent) === DASH && isSpaceOrEnd(code(l, indent + 1))) return this.sequence(indent, indent);
      }
      return node('scalar', -1, -1, false, SCALAR_STYLE.PLAIN);
    }
    if (c === 124 || c === 62) return this.blockScalar(line, p, indent);
    if (!inMapping) {
      if (c === DASH && isSpaceOrEnd(code(line, p + 1))) decline();
      if (this.key(line, p) !== null) return this.mapping(p, p);
    }
    let n: SourceNode;
    if (c === 91 || c === 123) n = this.flow(line, p);
    else if (c === 34 || c === 39) {
      const q = quoted(line, p);
      n = node('scalar', this.at(p), this.at(q.end), false, c === 34 ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED);
    } else n = node('scalar', this.at(p), this.at(plainEnd(line, p, false)), false, SCALAR_STYLE.PLAIN);
    let end = n.end - this.starts[this.i]!;
    while (code(line, end) === SPACE) end++;
    if (end < line.length && !(code(line, end) === HASH && code(line, end - 1) === SPACE)) decline();
    this.i++;
    // A deeper line would continue a plain scalar, or be an error.
    if (this.skip() > indent) decline();
    return n;
  }

  /** A flow collection closing on its line. */
  private flow(line: string, p: number): SourceNode {
    const mapping = code(line, p) === 123;
    const close = mapping ? 125 : 93;
    const n = node(mapping ? 'mapping' : 'sequence', this.at(p), -1, true, 0);
    const keys = new Set<string>();
    p = skipSpaces(line, p + 1);
    if (code(line, p) !== close) {
      for (;;) {
        if (mapping) {
          const c = code(line, p);
          let name: string;
          const keyStart = p;
          if (c === 34 || c === 39) {
            const q = quoted(line, p);
            name = q.value;
            p = skipSpaces(line, q.end);
          } else {
            const end = plainEnd(line, p, true);
            name = keyName(line.slice(p, end));
            p = end;
          }
          if (code(line, p) !== COLON || keys.has(name)) decline();
          keys.add(name);
          const colon = this.at(p + 1);
          const value = this.flowNode(line, skipSpaces(line, p + 1));
          n.entries.push({ key: name, keyStart: this.at(keyStart), colon, value });
          p = value.end - this.starts[this.i]!;
        } else {
          const item = this.flowNode(line, p);
          n.items.push(item);
          p = item.end - this.starts[this.i]!;
        }
        p = skipSpaces(line, p);
        const c = code(line, p);
        if (c === close) break;
        if (c !== 44) decline();
        p = skipSpaces(line, p + 1);
        if (code(line, p) === close) decline();
      }
    }
    n.end = this.at(p + 1);
    return n;
  }

  private flowNode(line: string, p: number): SourceNode {
    const c = code(line, p);
    if (c === 91 || c === 123) return this.flow(line, p);
    if (c === 34 || c === 39) return node('scalar', this.at(p), this.at(quoted(line, p).end), false, c === 34 ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED);
    const end = plainEnd(line, p, true);
    // `a: b` inside a flow sequence is a one-pair mapping.
    if (code(line, end) === COLON) decline();
    return node('scalar', this.at(p), this.at(end), false, SCALAR_STYLE.PLAIN);
  }

  /** A literal or folded block scalar: from its header to the end of its last content line. */
  private blockScalar(line: string, p: number, parent: number): SourceNode {
    const folded = code(line, p) === 62;
    let q = p + 1;
    const chomp = code(line, q);
    if (chomp === DASH) q++;
    else if (chomp === 43) decline(); // kept: its trailing blank lines are content
    const afterHeader = q;
    while (code(line, q) === SPACE) q++;
    if (q < line.length && !(code(line, q) === HASH && q > afterHeader)) decline();
    const start = this.at(p);
    this.i++;
    let contentIndent = -1;
    let maxLeading = 0;
    let last = -1;
    for (; this.i < this.lines.length; this.i++) {
      const l = this.lines[this.i]!;
      let col = 0;
      while (code(l, col) === SPACE) col++;
      if (col === l.length) {
        if (contentIndent === -1) maxLeading = Math.max(maxLeading, col);
        continue;
      }
      if (contentIndent === -1) {
        if (col <= parent || col < maxLeading) decline();
        contentIndent = col;
      } else if (col < contentIndent) break;
      last = this.i;
    }
    if (last < 0) decline();
    const end = this.starts[last]! + this.lines[last]!.length;
    if (this.skip() > parent) decline();
    return node('scalar', start, end, false, folded ? SCALAR_STYLE.FOLDED_BLOCK : SCALAR_STYLE.LITERAL_BLOCK);
  }
}



/** Where a one-line plain scalar from `p` ends (trailing spaces excluded); in flow, at a flow indicator too. */
function plainEnd(line: string, p: number, inFlow: boolean): number {
  if (!canStartPlain(line, p) || (inFlow && code(line, p) === DASH && isFlowIndicator(code(line, p + 1)))) decline();
  let end = p;
  for (let q = p; q < line.length; q++) {
    const ch = code(line, q);
    if (inFlow && isFlowIndicator(ch)) break;
    if (ch === COLON) {
      const next = code(line, q + 1);
      if (isSpaceOrEnd(next) || (inFlow && isFlowIndicator(next))) {
        if (!inFlow) decline();
        break;
      }
    }
    if (ch === HASH && code(line, q - 1) === SPACE) break;
    if (ch !== SPACE) end = q + 1;
  }
  return end;
}

/** A quoted scalar closing on its line: its value (escapes in double quotes: declined) and its end. */
function quoted(line: string, p: number): { value: string; end: number } {
  const quote = code(line, p);
  let q = p + 1;
  let doubled = false;
  for (;;) {
    if (q >= line.length) decline();
    const ch = code(line, q);
    if (quote === 39 && ch === 39) {
      if (code(line, q + 1) !== 39) break;
      doubled = true;
      q += 2;
      continue;
    }
    if (quote === 34 && ch === 92) decline();
    if (quote === 34 && ch === 34) break;
    q++;
  }
  const body = line.slice(p + 1, q);
  return { value: doubled ? body.replaceAll("''", "'") : body, end: q + 1 };
}

/** A plain key as js-yaml stores it: resolved by the schema, made a string; a merge key declines. */
function keyName(text: string): string {
  let name = keyCache.get(text);
  if (name === undefined) {
    const { value, tag } = KUBE_SCHEMA.resolveImplicitScalarTag(text);
    if (tag.tagName === MERGE_TAG || (value !== null && typeof value === 'object')) decline();
    name = String(value);
    if (name === '__proto__') decline();
    if (keyCache.size >= 4096) keyCache.clear();
    keyCache.set(text, name);
  }
  return name;
}

/** The tree of `text` when it is plain block YAML; null when the event parser must read it. */
export function readPlainTree(text: string): SourceTree | null {
  // Tabs and CR change what spaces mean: the event parser's. (Anchors, aliases and tags start
  // with characters a plain scalar cannot start with: the reader declines them where they stand.)
  if (/[\t\r\uFEFF]/.test(text)) return null;
  try {
    return { root: new Reader(text).read(), aliased: new Set(), sharedAnchors: [] };
  } catch (e) {
    if (e instanceof Declined) return null;
    throw e;
  }
}

/** Whether a mapping's entries so far have key `name` (a mapping has a few keys: a scan, no set). */
function hasKey(entries: readonly SourceEntry[], name: string): boolean {
  for (let i = 0; i < entries.length; i++) if (entries[i]!.key === name) return true;
  return false;
}
