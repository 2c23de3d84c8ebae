/** sprig's string, conversion and encoding functions (Masterminds/sprig v3 semantics). */
import { createHash } from 'node:crypto';
import { goKind, goTypeName, quoteGo, variadic } from '../../gotemplate/index.js';
import type { FuncMap } from '../../gotemplate/index.js';
import { int, jsonTextWithinLimit, stringArg, strslice, strval, toFloat, toInt } from './convert.js';
import { marshalGoJson } from './marshal-json.js';

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const isAscii = (s: string): boolean => !/[^\x00-\x7f]/.test(s);

/** Byte-based s[lo:hi] as Go slices strings. */
function byteSlice(s: string, lo: number, hi?: number): string {
  if (isAscii(s)) return s.slice(lo, hi);
  return utf8(s).subarray(lo, hi).toString('utf8');
}
const byteLen = (s: string): number => (isAscii(s) ? s.length : utf8(s).length);

function sprigIndent(spaces: number, s: string): string {
  const pad = ' '.repeat(Math.max(spaces, 0));
  return pad + s.split('\n').join('\n' + pad);
}

function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const c of s) {
    out += isSeparator(prev) ? c.toUpperCase() : c;
    prev = c;
  }
  return out;
}
const isSeparator = (c: string): boolean => !/[\p{L}\p{N}_]/u.test(c);

function trimCutset(s: string, cutset: string, left: boolean, right: boolean): string {
  const set = new Set(cutset);
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && set.has(cs[a]!)) a++;
  if (right) while (b > a && set.has(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
}

const GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const trimSpace = (s: string): string => {
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  while (a < b && GO_SPACE.test(cs[a]!)) a++;
  while (b > a && GO_SPACE.test(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
};

function splitMap(parts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  parts.forEach((p, i) => (out['_' + i] = p));
  return out;
}

/** Go's strings.SplitN(s, sep, n). */
function goSplit(s: string, sep: string, n = -1): string[] {
  if (n === 0) return [];
  if (sep === '') {
    const cs = [...s];
    if (n > 0 && cs.length > n) return [...cs.slice(0, n - 1), cs.slice(n - 1).join('')];
    return cs;
  }
  const parts = s.split(sep);
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}

function adler32(s: string): number {
  let a = 1;
  let b = 0;
  for (const byte of utf8(s)) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return (b * 65536 + a) >>> 0;
}

export const SPRIG_STRINGS: FuncMap = {
  trim: (s: unknown) => trimSpace(stringArg(s)),
  trimAll: (cut: unknown, s: unknown) => trimCutset(stringArg(s), stringArg(cut), true, true),
  trimPrefix: (p: unknown, s: unknown) => (stringArg(s).startsWith(stringArg(p)) ? stringArg(s).slice(stringArg(p).length) : stringArg(s)),
  trimSuffix: (p: unknown, s: unknown) => {
    const a = stringArg(s);
    const b = stringArg(p);
    return b !== '' && a.endsWith(b) ? a.slice(0, a.length - b.length) : a;
  },
  upper: (s: unknown) => stringArg(s).toUpperCase(),
  lower: (s: unknown) => stringArg(s).toLowerCase(),
  title: (s: unknown) => title(stringArg(s)),
  untitle: (s: unknown) => stringArg(s).replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_m, a: string, b: string) => a + b.toLowerCase()),
  repeat: (n: unknown, s: unknown) => stringArg(s).repeat(Math.max(int(n), 0)),
  substr: (start: unknown, end: unknown, s: unknown) => {
    const a = int(start);
    const b = int(end);
    const t = stringArg(s);
    if (a < 0) return byteSlice(t, 0, b);
    if (b < 0 || b > byteLen(t)) return byteSlice(t, a);
    return byteSlice(t, a, b);
  },
  nospace: (s: unknown) => [...stringArg(s)].filter((c) => !GO_SPACE.test(c)).join(''),
  trunc: (c: unknown, s: unknown) => {
    const n = int(c);
    const t = stringArg(s);
    const len = byteLen(t);
    if (n < 0 && len + n > 0) return byteSlice(t, len + n);
    if (n >= 0 && len > n) return byteSlice(t, 0, n);
    return t;
  },
  abbrev: (w: unknown, s: unknown) => {
    const width = int(w);
    const t = stringArg(s);
    if (width < 4 || t.length <= width) return t;
    return t.slice(0, width - 3) + '...';
  },
  initials: (s: unknown) => stringArg(s).split(/\s+/).filter(Boolean).map((w) => [...w][0]).join(''),
  contains: (sub: unknown, s: unknown) => stringArg(s).includes(stringArg(sub)),
  hasPrefix: (p: unknown, s: unknown) => stringArg(s).startsWith(stringArg(p)),
  hasSuffix: (p: unknown, s: unknown) => stringArg(s).endsWith(stringArg(p)),
  quote: variadic((...xs: unknown[]) =>
    // One argument (nearly every call, `x | quote`) without the lists.
    xs.length === 1 ? (xs[0] === null || xs[0] === undefined ? '' : quoteGo(strval(xs[0]))) : xs.filter((x) => x !== null && x !== undefined).map((x) => quoteGo(strval(x))).join(' '),
  ),
  squote: variadic((...xs: unknown[]) => xs.filter((x) => x !== null && x !== undefined).map((x) => `'${strval(x)}'`).join(' ')),
  cat: variadic((...xs: unknown[]) => xs.filter((x) => x !== null && x !== undefined).map(strval).join(' ')),
  indent: (n: unknown, s: unknown) => sprigIndent(int(n), stringArg(s)),
  nindent: (n: unknown, s: unknown) => '\n' + sprigIndent(int(n), stringArg(s)),
  replace: (o: unknown, n: unknown, s: unknown) => stringArg(s).split(stringArg(o)).join(stringArg(n)),
  plural: (one: unknown, many: unknown, n: unknown) => (int(n) === 1 ? stringArg(one) : stringArg(many)),
  toString: (v: unknown) => strval(v),
  toStrings: (v: unknown) => strslice(v),
  split: (sep: unknown, s: unknown) => splitMap(goSplit(stringArg(s), stringArg(sep))),
  splitList: (sep: unknown, s: unknown) => goSplit(stringArg(s), stringArg(sep)),
  splitn: (sep: unknown, n: unknown, s: unknown) => splitMap(goSplit(stringArg(s), stringArg(sep), int(n))),
  join: (sep: unknown, v: unknown) => strslice(v).join(stringArg(sep)),
  sortAlpha: (v: unknown) => strslice(v).sort(),
  atoi: (s: unknown) => {
    const t = stringArg(s);
    return /^[-+]?\d+$/.test(t) ? BigInt(t) : 0n;
  },
  int: (v: unknown) => toInt(v),
  int64: (v: unknown) => toInt(v),
  float64: (v: unknown) => toFloat(v),
  toDecimal: (v: unknown) => {
    const t = strval(v);
    return /^[-+]?[0-7]+$/.test(t) ? BigInt((t[0] === '-' ? '-' : '') + '0o' + t.replace(/^[-+]/, '')) : 0n;
  },
  b64enc: (s: unknown) => utf8(stringArg(s)).toString('base64'),
  b64dec: (s: unknown) => {
    const t = stringArg(s);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) return 'illegal base64 data at input byte 0';
    return Buffer.from(t, 'base64').toString('utf8');
  },
  sha1sum: (s: unknown) => createHash('sha1').update(stringArg(s)).digest('hex'),
  sha256sum: (s: unknown) => createHash('sha256').update(stringArg(s)).digest('hex'),
  adler32sum: (s: unknown) => String(adler32(stringArg(s))),
  typeOf: (v: unknown) => goTypeName(v),
  typeIs: (t: unknown, v: unknown) => stringArg(t) === goTypeName(v),
  typeIsLike: (t: unknown, v: unknown) => stringArg(t) === goTypeName(v) || stringArg(t) === '*' + goTypeName(v),
  kindOf: (v: unknown) => goKind(v),
  kindIs: (k: unknown, v: unknown) => stringArg(k) === goKind(v),
  toJson: (v: unknown) => {
    try {
      return marshalGoJson(v);
    } catch {
      return '';
    }
  },
  mustToJson: (v: unknown) => marshalGoJson(v),
  toPrettyJson: (v: unknown) => {
    try {
      return marshalGoJson(v, { indent: '  ' });
    } catch {
      return '';
    }
  },
  toRawJson: (v: unknown) => {
    try {
      return marshalGoJson(v, { escapeHTML: false });
    } catch {
      return '';
    }
  },
  fromJson: (s: unknown) => {
    const text = jsonTextWithinLimit(s);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return null;
    }
  },
  mustFromJson: (s: unknown) => JSON.parse(jsonTextWithinLimit(s)) as unknown,
  fail: (msg: unknown) => {
    throw new Error(stringArg(msg));
  },
};
