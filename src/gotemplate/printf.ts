/** Go's fmt.Sprintf for the verbs templates use: %v %s %d %q %t %f %e %g %x %X %o %b %c %U %T %%. */
import { formatFloat, formatValue, goTypeName, quoteGo, sortedKeys } from './format.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number; // -1 = none
  prec: number; // -1 = none
  verb: string;
}

type Piece = string | Spec;

const cache = new Map<string, Piece[]>();

function parseFormat(format: string): Piece[] {
  const hit = cache.get(format);
  if (hit !== undefined) return hit;
  const pieces: Piece[] = [];
  let lit = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      lit += c;
      continue;
    }
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, width: -1, prec: -1, verb: '' };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') spec.minus = true;
      else if (f === '+') spec.plus = true;
      else if (f === '#') spec.sharp = true;
      else if (f === ' ') spec.space = true;
      else if (f === '0') spec.zero = true;
      else break;
    }
    let w = '';
    while (i < format.length && format[i]! >= '0' && format[i]! <= '9') w += format[i++];
    if (w !== '') spec.width = Number(w);
    if (format[i] === '.') {
      i++;
      let p = '';
      while (i < format.length && format[i]! >= '0' && format[i]! <= '9') p += format[i++];
      spec.prec = p === '' ? 0 : Number(p);
    }
    if (i >= format.length) {
      lit += '%!(NOVERB)';
      break;
    }
    spec.verb = format[i]!;
    if (spec.verb === '%') {
      lit += '%';
      continue;
    }
    if (lit !== '') pieces.push(lit);
    lit = '';
    pieces.push(spec);
  }
  if (lit !== '') pieces.push(lit);
  if (cache.size < 1000) cache.set(format, pieces);
  return pieces;
}

export function sprintf(format: string, args: readonly unknown[]): string {
  let out = '';
  let argi = 0;
  for (const p of parseFormat(format)) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    if (argi >= args.length) {
      out += `%!${p.verb}(MISSING)`;
      continue;
    }
    out += formatArg(p, args[argi++]);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ';
    out += args
      .slice(argi)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatValue(a)}`))
      .join(', ');
    out += ')';
  }
  return out;
}

function bad(spec: Spec, v: unknown): string {
  if (v === null || v === undefined) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${goTypeName(v)}=${formatValue(v)})`;
}

function pad(spec: Spec, s: string, numeric: boolean): string {
  if (spec.width < 0 || s.length >= spec.width) return s;
  const n = spec.width - [...s].length;
  if (n <= 0) return s;
  if (spec.minus) return s + ' '.repeat(n);
  if (spec.zero && numeric) {
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return sign + '0'.repeat(n) + s.slice(sign.length);
  }
  return ' '.repeat(n) + s;
}

function signed(spec: Spec, s: string): string {
  if (s[0] === '-') return s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

function formatArg(spec: Spec, v: unknown): string {
  const verb = spec.verb;
  if (verb === 'T') return pad(spec, goTypeName(v), false);
  if (v === null || v === undefined) return verb === 'v' ? pad(spec, '<nil>', false) : bad(spec, v);
  if (typeof v === 'object') {
    // Go applies the verb to the elements of slices and maps.
    if (Array.isArray(v)) return '[' + v.map((e) => formatArg({ ...spec, width: spec.width }, e)).join(' ') + ']';
    const o = v as Record<string, unknown>;
    return 'map[' + sortedKeys(o).map((k) => `${formatArg(spec, k)}:${formatArg(spec, o[k])}`).join(' ') + ']';
  }
  switch (typeof v) {
    case 'string':
      return formatString(spec, v);
    case 'bigint':
      return formatInt(spec, v);
    case 'number':
      return formatFloatArg(spec, v);
    case 'boolean':
      return verb === 'v' || verb === 't' ? pad(spec, String(v), false) : bad(spec, v);
    default:
      return verb === 'v' || verb === 'p' ? '0x0' : bad(spec, v);
  }
}

function formatString(spec: Spec, s: string): string {
  switch (spec.verb) {
    case 'v':
    case 's':
      return pad(spec, spec.prec >= 0 ? [...s].slice(0, spec.prec).join('') : s, false);
    case 'q':
      return pad(spec, spec.sharp && !s.includes('`') ? '`' + s + '`' : quoteGo(s), false);
    case 'x':
    case 'X': {
      let h = Buffer.from(s, 'utf8').toString('hex');
      if (spec.verb === 'X') h = h.toUpperCase();
      return pad(spec, h, false);
    }
    default:
      return bad(spec, s);
  }
}

function formatInt(spec: Spec, n: bigint): string {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let s: string;
  switch (spec.verb) {
    case 'v':
    case 'd':
      s = a.toString(10);
      break;
    case 'x':
      s = (spec.sharp ? '0x' : '') + a.toString(16);
      break;
    case 'X':
      s = (spec.sharp ? '0X' : '') + a.toString(16).toUpperCase();
      break;
    case 'o':
      s = (spec.sharp ? '0' : '') + a.toString(8);
      break;
    case 'O':
      s = '0o' + a.toString(8);
      break;
    case 'b':
      s = a.toString(2);
      break;
    case 'c':
      return pad(spec, String.fromCodePoint(Number(n)), false);
    case 'q':
      return pad(spec, quoteGo(String.fromCodePoint(Number(n)), "'"), false);
    case 'U':
      return pad(spec, 'U+' + a.toString(16).toUpperCase().padStart(4, '0'), false);
    case 'e':
    case 'f':
    case 'g':
    case 's':
    case 't':
    default:
      return bad(spec, n);
  }
  if (spec.prec >= 0) s = s.padStart(spec.prec, '0');
  return pad(spec, signed(spec, neg ? '-' + s : s), spec.prec < 0);
}

function formatFloatArg(spec: Spec, f: number): string {
  let s: string;
  switch (spec.verb) {
    case 'v':
    case 'g':
      s = formatFloat(f, 'g', spec.prec);
      break;
    case 'G':
      s = formatFloat(f, 'g', spec.prec).toUpperCase();
      break;
    case 'e':
      s = formatFloat(f, 'e', spec.prec < 0 ? 6 : spec.prec);
      break;
    case 'E':
      s = formatFloat(f, 'e', spec.prec < 0 ? 6 : spec.prec).toUpperCase();
      break;
    case 'f':
    case 'F':
      s = formatFloat(f, 'f', spec.prec < 0 ? 6 : spec.prec);
      break;
    default:
      return bad(spec, f);
  }
  if (Number.isFinite(f)) s = signed(spec, s);
  else if (s === 'NaN' && (spec.plus || spec.space)) s = (spec.plus ? '+' : ' ') + s;
  else if (s === '+Inf' && spec.space && !spec.plus) s = ' Inf';
  return pad(spec, s, Number.isFinite(f));
}
