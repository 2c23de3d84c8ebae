/**
 * What Go's sigs.k8s.io/yaml Marshal writes (json.Marshal, then yaml.v2 Unmarshal + Marshal):
 * keys in yaml.v2's order, 2-space indent, sequences not indented under their key, strings quoted
 * only when yaml.v2 would, long scalars folded at 80 columns, `|`/`|-`/`|+` for multi-line text.
 */
import { formatFloat } from '../../gotemplate/index.js';
import { goJsonFloat } from './marshal-json.js';
import { analyze, doubleEscape, isBreak, isPrintable, resolvesToString, yamlKeyCompare } from './yaml-scalar.js';

const BEST_WIDTH = 80;

/** A scalar that is already YAML text (numbers, bools, null). */
class Raw {
  constructor(readonly text: string) {}
}

type Node = Raw | string | Node[] | Map<string, Node>;

export function marshalGoYaml(v: unknown): string {
  const e = new Emitter();
  e.document(normalize(v));
  return e.out;
}

/** Apply the JSON round trip: numbers as Go writes and yaml.v2 re-reads them, keys sorted. */
function normalize(v: unknown): Node {
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
      return new Raw(v ? 'true' : 'false');
    case 'bigint':
      return new Raw(v.toString());
    case 'number':
      return new Raw(yamlNumber(goJsonFloat(v)));
    case 'undefined':
      return new Raw('null');
    case 'function':
    case 'symbol':
      throw new Error(`json: unsupported type: ${typeof v}`);
  }
  if (v === null) return new Raw('null');
  if (Array.isArray(v)) return v.map(normalize);
  const o = v as Record<string, unknown>;
  const m = new Map<string, Node>();
  for (const k of Object.keys(o).sort(yamlKeyCompare)) m.set(k, normalize(o[k]));
  return m;
}

/** yaml.v2 reads JSON number text as int when it fits int64/uint64, else as float64. */
function yamlNumber(json: string): string {
  if (/^-?\d+$/.test(json)) {
    const b = BigInt(json);
    if (b >= -(2n ** 63n) && b < 2n ** 64n) return b.toString();
  }
  return formatFloat(Number(json), 'g');
}

class Emitter {
  out = '';
  private column = 0;
  private indention = true;
  private whitespace = true;

  document(n: Node): void {
    this.node(n, -1, 'root');
    this.writeIndent(0);
  }

  private put(s: string): void {
    this.out += s;
    this.column += s.length;
  }
  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }
  private writeIndent(indent: number): void {
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  private indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  /** Emit a node. `indent` is the current block indent; ctx tells where the node sits. */
  private node(n: Node, indent: number, ctx: 'root' | 'mapValue' | 'seqItem'): void {
    if (n instanceof Map) {
      if (n.size === 0) return this.indicator('{}', true, false, false);
      const ind = indent < 0 ? 0 : indent + 2;
      for (const [k, v] of n) {
        this.writeIndent(ind);
        const simple = !k.includes('\n') && Buffer.byteLength(k) <= 128;
        if (simple) {
          this.scalar(k, ind + 2, true);
          this.indicator(':', false, false, false);
          this.node(v, ind, 'mapValue');
        } else {
          this.indicator('?', true, false, true);
          this.scalarOrNode(k, ind);
          this.writeIndent(ind);
          this.indicator(':', true, false, true);
          this.node(v, ind, 'mapValue');
        }
      }
      return;
    }
    if (Array.isArray(n)) {
      if (n.length === 0) return this.indicator('[]', true, false, false);
      // Sequences in a mapping are not indented ("indentless").
      const ind = indent < 0 ? 0 : ctx === 'mapValue' ? indent : indent + 2;
      for (const item of n) {
        this.writeIndent(ind);
        this.indicator('-', true, false, true);
        this.node(item, ind, 'seqItem');
      }
      return;
    }
    this.scalarOrNode(n, indent);
  }

  private scalarOrNode(n: Raw | string, indent: number): void {
    const scalarIndent = indent < 0 ? 2 : indent + 2;
    if (n instanceof Raw) {
      this.indicator(n.text, true, false, false);
      return;
    }
    this.scalar(n, scalarIndent, false);
  }

  private scalar(s: string, indent: number, simpleKey: boolean): void {
    const a = analyze(s);
    let style: 'plain' | 'single' | 'double' | 'literal';
    if (s.includes('\n')) style = 'literal';
    else if (resolvesToString(s)) style = 'plain';
    else style = 'double';
    if (simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlain || (s.length === 0 && simpleKey)) style = 'single';
    }
    if (style === 'single' && !a.singleQuoted) style = 'double';
    if (style === 'literal' && (!a.block || simpleKey)) style = 'double';
    const allowBreaks = !simpleKey;
    switch (style) {
      case 'plain':
        return this.writePlain(s, indent, allowBreaks);
      case 'single':
        return this.writeSingle(s, indent, allowBreaks);
      case 'double':
        return this.writeDouble(s, indent, allowBreaks);
      case 'literal':
        return this.writeLiteral(s, indent);
    }
  }

  private writePlain(s: string, indent: number, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    if (!s.includes(' ')) {
      this.put(s);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== ' ') this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  private writeSingle(s: string, indent: number, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1 && cs[i + 1] !== ' ')
          this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
  }

  private writeDouble(s: string, indent: number, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      const cp = c.codePointAt(0)!;
      if (!isPrintable(cp) || isBreak(cp) || c === '"' || c === '\\') {
        this.put('\\' + doubleEscape(cp));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent(indent);
          if (cs[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(s: string, indent: number): void {
    this.indicator('|', true, false, false);
    const first = s.codePointAt(0);
    if (first === 0x20 || (first !== undefined && isBreak(first))) this.indicator('2', false, false, false);
    const cs = [...s];
    const last = cs.length > 0 ? cs[cs.length - 1]!.codePointAt(0)! : -1;
    let chomp = '';
    if (cs.length === 0 || !isBreak(last)) chomp = '-';
    else if (cs.length === 1 || isBreak(cs[cs.length - 2]!.codePointAt(0)!)) chomp = '+';
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cs) {
      if (isBreak(c.codePointAt(0)!)) {
        // libyaml writes '\n' as a line break and other breaks (LS, PS) as themselves.
        if (c === '\n') this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(c);
        this.indention = false;
      }
    }
  }
}

