/** sprig's list, dict, math, logic, regex and path functions (Masterminds/sprig v3 semantics). */
import { posix } from 'node:path';
import { DEFAULT_BUDGET, deepEqual, goTypeName, sortedKeys, variadic } from '../../gotemplate/index.js';
import type { FuncMap, TemplateFunction } from '../../gotemplate/index.js';
import { isMap, setOwn, type JsonMap } from '../../model/values.js';
import { dict, int, isEmpty, list, stringArg, strval, toFloat, toInt } from './convert.js';

const regexCache = new Map<string, RegExp>();

/** Compile a Go RE2 pattern as a JS RegExp (leading (?flags) become JS flags). Cached. */
function goRegex(pattern: string, global = false): RegExp {
  const key = (global ? 'g:' : ':') + pattern;
  let re = regexCache.get(key);
  if (re) return re;
  let flags = global ? 'gu' : 'u';
  let src = pattern;
  const m = /^\(\?([imsU]+)\)/.exec(src);
  if (m) {
    for (const f of m[1]!) if (f !== 'U' && !flags.includes(f)) flags += f;
    src = src.slice(m[0].length);
  }
  src = src.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$(?![\\s\\S])');
  try {
    re = new RegExp(src, flags);
  } catch (e) {
    throw new Error(`error parsing regexp: ${(e as Error).message}`);
  }
  if (regexCache.size < 500) regexCache.set(key, re);
  return re;
}

function mergeInto(dst: JsonMap, src: JsonMap, overwrite: boolean): JsonMap {
  for (const [k, v] of Object.entries(src)) {
    const has = Object.hasOwn(dst, k);
    const d = has ? dst[k] : undefined;
    if (isMap(d) && isMap(v)) mergeInto(d, v, overwrite);
    else if (overwrite ? !isEmpty(v) || !has : !has || isEmpty(d)) setOwn(dst, k, deepCopy(v));
  }
  return dst;
}

function deepCopy<T>(v: T): T {
  if (Array.isArray(v)) return v.map(deepCopy) as T;
  if (isMap(v)) {
    const o: JsonMap = {};
    for (const [k, x] of Object.entries(v)) setOwn(o, k, deepCopy(x));
    return o as T;
  }
  return v;
}

const ints = (xs: unknown[]): bigint[] => xs.map(toInt);

/**
 * `until` and `untilStep` build their list at once, before the engine could weigh it: a list of
 * more elements than a template may build is refused here, instead of exhausting memory.
 */
const MAX_RANGE = DEFAULT_BUDGET.maxListLength;
function checkRangeLength(name: string, length: number): void {
  if (length > MAX_RANGE) {
    throw new Error(`${name}: a list of ${length.toLocaleString('en-US')} elements is longer than the ${MAX_RANGE.toLocaleString('en-US')} a template may build`);
  }
}
const goDiv = (a: bigint, b: bigint): bigint => {
  if (b === 0n) throw new Error('runtime error: integer divide by zero');
  return a / b;
};

function uniq(xs: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of xs) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

/** sprig's `append`: a new list (sprig copies); in place where the engine may (`inPlace`, see TemplateFunction). */
function appender(): TemplateFunction {
  return Object.assign((l: unknown, v: unknown) => [...list(l, 'push'), v], { inPlace: (l: unknown[], v: unknown) => void l.push(v) });
}

export const SPRIG_DATA: FuncMap = {
  // logic
  default: variadic((d: unknown, ...given: unknown[]) => (given.length === 0 || isEmpty(given[0]) ? d : given[0])),
  empty: (v: unknown) => isEmpty(v),
  coalesce: variadic((...xs: unknown[]) => xs.find((x) => !isEmpty(x)) ?? null),
  all: variadic((...xs: unknown[]) => xs.every((x) => !isEmpty(x))),
  any: variadic((...xs: unknown[]) => xs.some((x) => !isEmpty(x))),
  ternary: (vt: unknown, vf: unknown, b: unknown) => {
    if (typeof b !== 'boolean') throw new Error(`wrong type for value; expected bool; got ${goTypeName(b)}`);
    return b ? vt : vf;
  },
  deepEqual: (a: unknown, b: unknown) => deepEqual(a, b),
  deepCopy: (v: unknown) => deepCopy(v),
  // math
  add: variadic((...xs: unknown[]) => ints(xs).reduce((a, b) => a + b, 0n)),
  add1: (a: unknown) => toInt(a) + 1n,
  sub: (a: unknown, b: unknown) => toInt(a) - toInt(b),
  mul: variadic((a: unknown, ...xs: unknown[]) => ints(xs).reduce((p, b) => p * b, toInt(a))),
  div: (a: unknown, b: unknown) => goDiv(toInt(a), toInt(b)),
  mod: (a: unknown, b: unknown) => {
    const d = toInt(b);
    if (d === 0n) throw new Error('runtime error: integer divide by zero');
    return toInt(a) % d;
  },
  max: variadic((a: unknown, ...xs: unknown[]) => ints(xs).reduce((m, b) => (b > m ? b : m), toInt(a))),
  min: variadic((a: unknown, ...xs: unknown[]) => ints(xs).reduce((m, b) => (b < m ? b : m), toInt(a))),
  addf: variadic((...xs: unknown[]) => xs.map(toFloat).reduce((a, b) => a + b, 0)),
  subf: variadic((a: unknown, ...xs: unknown[]) => xs.map(toFloat).reduce((p, b) => p - b, toFloat(a))),
  mulf: variadic((a: unknown, ...xs: unknown[]) => xs.map(toFloat).reduce((p, b) => p * b, toFloat(a))),
  divf: variadic((a: unknown, ...xs: unknown[]) => xs.map(toFloat).reduce((p, b) => p / b, toFloat(a))),
  maxf: variadic((a: unknown, ...xs: unknown[]) => Math.max(toFloat(a), ...xs.map(toFloat))),
  minf: variadic((a: unknown, ...xs: unknown[]) => Math.min(toFloat(a), ...xs.map(toFloat))),
  floor: (a: unknown) => Math.floor(toFloat(a)),
  ceil: (a: unknown) => Math.ceil(toFloat(a)),
  round: variadic((a: unknown, p: unknown, ...r: unknown[]) => {
    const f = 10 ** Number(toInt(p));
    const half = r.length > 0 ? toFloat(r[0]) : 0.5;
    const x = toFloat(a) * f;
    const i = Math.trunc(x);
    return (Math.abs(x - i) >= half ? i + Math.sign(x) : i) / f;
  }),
  until: (n: unknown) => {
    const c = Number(toInt(n));
    checkRangeLength('until', Math.abs(c));
    const out: bigint[] = [];
    if (c >= 0) for (let i = 0; i < c; i++) out.push(BigInt(i));
    else for (let i = 0; i > c; i--) out.push(BigInt(i));
    return out;
  },
  untilStep: (start: unknown, stop: unknown, step: unknown) => {
    const [a, b, s] = [Number(toInt(start)), Number(toInt(stop)), Number(toInt(step))];
    const out: bigint[] = [];
    if (s === 0 || (s > 0 && a >= b) || (s < 0 && a <= b)) return out;
    checkRangeLength('untilStep', Math.ceil(Math.abs((b - a) / s)));
    for (let i = a; s > 0 ? i < b : i > b; i += s) out.push(BigInt(i));
    return out;
  },
  // lists
  list: variadic((...xs: unknown[]) => xs),
  tuple: variadic((...xs: unknown[]) => xs),
  append: appender(),
  push: appender(),
  mustAppend: appender(),
  prepend: (l: unknown, v: unknown) => [v, ...list(l, 'prepend')],
  first: (l: unknown) => (list(l, 'find first').length > 0 ? (l as unknown[])[0] : null),
  last: (l: unknown) => (list(l, 'find last').length > 0 ? (l as unknown[])[(l as unknown[]).length - 1] : null),
  rest: (l: unknown) => (list(l, 'find rest').length > 0 ? (l as unknown[]).slice(1) : null),
  initial: (l: unknown) => (list(l, 'find initial').length > 0 ? (l as unknown[]).slice(0, -1) : null),
  reverse: (l: unknown) => [...list(l, 'find reverse')].reverse(),
  uniq: (l: unknown) => uniq(list(l, 'find uniq')),
  compact: (l: unknown) => list(l, 'compact').filter((x) => !isEmpty(x)),
  without: variadic((l: unknown, ...omit: unknown[]) => list(l, 'find without').filter((x) => !omit.some((o) => deepEqual(o, x)))),
  has: (needle: unknown, hay: unknown) => (hay === null || hay === undefined ? false : list(hay, 'find has').some((x) => deepEqual(x, needle))),
  concat: variadic((...ls: unknown[]) => ls.flatMap((l) => list(l, 'concat'))),
  slice: variadic((l: unknown, ...ix: unknown[]) => {
    const a = list(l, 'slice');
    if (a.length === 0) return null;
    const start = ix.length > 0 ? Number(toInt(ix[0])) : 0;
    const end = ix.length > 1 ? Number(toInt(ix[1])) : a.length;
    if (start < 0 || end > a.length || start > end) throw new Error(`slice bounds out of range [${start}:${end}]`);
    return a.slice(start, end);
  }),
  // dicts
  dict: variadic((...xs: unknown[]) => {
    const d: JsonMap = {};
    for (let i = 0; i < xs.length; i += 2) setOwn(d, strval(xs[i]), i + 1 < xs.length ? xs[i + 1] : '');
    return d;
  }),
  get: (d: unknown, k: unknown) => {
    const m = dict(d);
    return Object.hasOwn(m, stringArg(k)) ? m[stringArg(k)] : '';
  },
  set: (d: unknown, k: unknown, v: unknown) => {
    const m = dict(d);
    setOwn(m, stringArg(k), v);
    return m;
  },
  unset: (d: unknown, k: unknown) => {
    const m = dict(d);
    delete m[stringArg(k)];
    return m;
  },
  hasKey: (d: unknown, k: unknown) => Object.hasOwn(dict(d), stringArg(k)),
  pluck: variadic((k: unknown, ...ds: unknown[]) => ds.map(dict).filter((m) => Object.hasOwn(m, stringArg(k))).map((m) => m[stringArg(k)])),
  keys: variadic((...ds: unknown[]) => ds.flatMap((d) => sortedKeys(dict(d)))),
  values: (d: unknown) => {
    const m = dict(d);
    return sortedKeys(m).map((k) => m[k]);
  },
  pick: variadic((d: unknown, ...ks: unknown[]) => {
    const m = dict(d);
    const out: JsonMap = {};
    for (const k of ks.map(stringArg)) if (Object.hasOwn(m, k)) setOwn(out, k, m[k]);
    return out;
  }),
  omit: variadic((d: unknown, ...ks: unknown[]) => {
    const drop = new Set(ks.map(stringArg));
    return Object.fromEntries(Object.entries(dict(d)).filter(([k]) => !drop.has(k)));
  }),
  merge: variadic((dst: unknown, ...srcs: unknown[]) => srcs.reduce<JsonMap>((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mustMerge: variadic((dst: unknown, ...srcs: unknown[]) => srcs.reduce<JsonMap>((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mergeOverwrite: variadic((dst: unknown, ...srcs: unknown[]) => srcs.reduce<JsonMap>((d, s) => mergeInto(d, dict(s), true), dict(dst))),
  dig: variadic((...args: unknown[]) => {
    if (args.length < 3) throw new Error('dig needs at least three arguments');
    let cur: unknown = args[args.length - 1];
    const def = args[args.length - 2];
    for (const k of args.slice(0, -2).map(stringArg)) {
      if (!isMap(cur) || !Object.hasOwn(cur, k)) return def;
      cur = cur[k];
    }
    return cur;
  }),
  // regex
  regexMatch: (re: unknown, s: unknown) => goRegex(stringArg(re)).test(stringArg(s)),
  mustRegexMatch: (re: unknown, s: unknown) => goRegex(stringArg(re)).test(stringArg(s)),
  regexFind: (re: unknown, s: unknown) => goRegex(stringArg(re)).exec(stringArg(s))?.[0] ?? '',
  regexFindAll: (re: unknown, s: unknown, n: unknown) => {
    const all = [...stringArg(s).matchAll(goRegex(stringArg(re), true))].map((m) => m[0]);
    const c = int(n);
    return c < 0 ? all : all.slice(0, c);
  },
  regexReplaceAll: (re: unknown, s: unknown, repl: unknown) =>
    stringArg(s).replace(goRegex(stringArg(re), true), stringArg(repl).replace(/\$\{(\w+)\}/g, (_m, g: string) => (/^\d+$/.test(g) ? '$' + g : `$<${g}>`))),
  regexReplaceAllLiteral: (re: unknown, s: unknown, repl: unknown) => stringArg(s).replace(goRegex(stringArg(re), true), () => stringArg(repl)),
  regexSplit: (re: unknown, s: unknown, n: unknown) => {
    const parts = stringArg(s).split(goRegex(stringArg(re), true));
    const c = int(n);
    return c < 0 || parts.length <= c ? parts : [...parts.slice(0, c - 1), parts.slice(c - 1).join('')];
  },
  regexQuoteMeta: (s: unknown) => stringArg(s).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'),
  // paths
  base: (p: unknown) => (stringArg(p) === '' ? '.' : posix.basename(stringArg(p)) || '/'),
  dir: (p: unknown) => posix.dirname(stringArg(p)),
  ext: (p: unknown) => posix.extname(stringArg(p)),
  clean: (p: unknown) => (stringArg(p) === '' ? '.' : posix.normalize(stringArg(p)).replace(/(.)\/$/, '$1')),
  isAbs: (p: unknown) => posix.isAbsolute(stringArg(p)),
};
