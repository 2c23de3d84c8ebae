/**
 * Go's predefined template functions. `and` and `or` are evaluated lazily by the executor; the
 * entries here only serve arity checks and direct calls.
 */
import { ExecFailure } from './errors.js';
import { isMap } from './fields.js';
import { compareStrings, formatValue, goTypeName, quoteGo, sprint, sprintln } from './format.js';
import { sprintf } from './printf.js';
import { goLen, isTrue } from './values.js';

/**
 * A template function. Arguments arrive as template values (see format.ts); nil arrives as
 * `null`. Arity is `fn.length` exactly, or at least `fn.length` when `variadic` is set (use the
 * `variadic` helper). Throw an Error to fail the call (`error calling NAME: MESSAGE`).
 *
 * `inPlace` marks a function that returns a new list extending its first argument (`append`):
 * `inPlace(list, ...rest)` must leave `list` equal to what `fn(list, ...rest)` returns. The
 * engine then runs `{{ $x = fn $x … }}` in place when nothing but `$x` holds the list (it was
 * made by such a call and `$x` was not read since), so a loop of appends is linear, not
 * quadratic, and no other value can tell.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TemplateFunction = ((...args: any[]) => unknown) & { variadic?: boolean; inPlace?: (list: unknown[], ...rest: any[]) => void };

export type FuncMap = Readonly<Record<string, TemplateFunction>>;

/** Mark a function as variadic: it takes at least `fn.length` arguments. */
export function variadic<F extends (...args: never[]) => unknown>(fn: F): F & { variadic: true } {
  return Object.assign(fn, { variadic: true as const });
}

const fail = (msg: string): never => {
  throw new ExecFailure(msg);
};

function index(item: unknown, ...indexes: unknown[]): unknown {
  let cur = item;
  for (const ix of indexes) {
    // Deviation from Go: indexing nil yields nil (typed nil maps in Go index fine, and plain
    // data cannot tell a nil map from an untyped nil).
    if (cur === null || cur === undefined) return undefined;
    if (Array.isArray(cur) || typeof cur === 'string') {
      const len = Array.isArray(cur) ? cur.length : cur.length;
      const x = indexArg(ix, len);
      if (typeof cur === 'string') {
        const bytes = Buffer.from(cur, 'utf8');
        if (x >= bytes.length) fail(`index out of range: ${x}`);
        cur = BigInt(bytes[x]!);
      } else cur = cur[x];
    } else if (isMap(cur)) {
      if (ix === null || ix === undefined) fail('value is nil; should be of type string');
      if (typeof ix !== 'string') fail(`value has type ${goTypeName(ix)}; should be string`);
      cur = Object.prototype.hasOwnProperty.call(cur, ix as string) ? cur[ix as string] : undefined;
    } else {
      fail(`can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}

function indexArg(ix: unknown, len: number): number {
  if (ix === null || ix === undefined) fail('cannot index slice/array with nil');
  if (typeof ix !== 'bigint') fail(`cannot index slice/array with type ${goTypeName(ix)}`);
  const x = ix as bigint;
  if (x < 0n || x >= BigInt(len)) fail(`index out of range: ${x}`);
  return Number(x);
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === null || item === undefined) fail('slice of untyped nil');
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  if (typeof item === 'string') {
    if (indexes.length === 3) fail('cannot 3-index slice a string');
    const bytes = Buffer.from(item, 'utf8');
    const [lo, hi] = sliceBounds(indexes, bytes.length);
    return bytes.subarray(lo, hi).toString('utf8');
  }
  if (!Array.isArray(item)) return fail(`can't slice item of type ${goTypeName(item)}`);
  const [lo, hi] = sliceBounds(indexes, item.length);
  return item.slice(lo, hi);
}

function sliceBounds(indexes: unknown[], len: number): [number, number] {
  const ix = indexes.map((i) => {
    if (typeof i !== 'bigint') return fail(`cannot index slice/array with type ${goTypeName(i)}`);
    if (i < 0n || i > BigInt(len)) fail(`index out of range: ${i}`);
    return Number(i);
  });
  const lo = ix[0] ?? 0;
  const hi = ix[1] ?? len;
  if (lo > hi) fail(`invalid slice index: ${lo} > ${hi}`);
  if (ix[2] !== undefined && hi > ix[2]) fail(`invalid slice index: ${hi} > ${ix[2]}`);
  return [lo, hi];
}

type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'nil' | 'other';

function basicKind(v: unknown): BasicKind {
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
    case 'undefined':
      return 'nil';
  }
  return v === null ? 'nil' : 'other';
}

export function eq(arg1: unknown, ...arg2: unknown[]): boolean {
  if (arg2.length === 0) fail('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const a of arg2) {
    const k2 = basicKind(a);
    if (k1 !== k2) {
      if (k1 !== 'nil' && k2 !== 'nil') fail('incompatible types for comparison');
      continue;
    }
    if (k1 === 'nil') return true;
    if (k1 === 'other') fail(`non-comparable type ${formatValue(arg1)}: ${goTypeName(arg1)}`);
    if (arg1 === a) return true;
  }
  return false;
}

export function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'nil' || k1 === 'other' || k2 === 'nil' || k2 === 'other') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'string') return compareStrings(a as string, b as string) < 0;
  return (a as number) < (b as number);
}

const le = (a: unknown, b: unknown): boolean => lt(a, b) || eq(a, b);

function evalArgsString(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) =>
    c === '\0' ? '\uFFFD' : c === '"' ? '&#34;' : c === "'" ? '&#39;' : c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;',
  );
}

export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (c < 0x20) out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    else if (c < 0x80) out += ch;
    else if (quoteGo(ch).length === 2 + ch.length) out += ch;
    else out += '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
  }
  return out;
}

export function urlQueryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** Go's builtin function table (text/template `builtins()`). */
export const BUILTINS: FuncMap = {
  and: variadic((_a: unknown, ..._rest: unknown[]) => undefined),
  or: variadic((_a: unknown, ..._rest: unknown[]) => undefined),
  not: (a: unknown) => !isTrue(a),
  len: (a: unknown) => {
    if (a === null || a === undefined) return fail('len of nil pointer');
    const n = goLen(a);
    return n === undefined ? fail(`len of type ${goTypeName(a)}`) : BigInt(n);
  },
  index: variadic(index),
  slice: variadic(slice),
  print: variadic((...args: unknown[]) => sprint(args)),
  println: variadic((...args: unknown[]) => sprintln(args)),
  printf: variadic((format: unknown, ...args: unknown[]) => {
    if (typeof format !== 'string') return fail(`wrong type for value; expected string; got ${goTypeName(format)}`);
    return sprintf(format, args);
  }),
  eq: variadic(eq),
  ne: (a: unknown, b: unknown) => !eq(a, b),
  lt,
  le,
  gt: (a: unknown, b: unknown) => !le(a, b),
  ge: (a: unknown, b: unknown) => !lt(a, b),
  call: variadic((fn: unknown, ...args: unknown[]) => {
    if (typeof fn !== 'function') return fail(`non-function of type ${goTypeName(fn)}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  }),
  html: variadic((...args: unknown[]) => htmlEscape(evalArgsString(args))),
  js: variadic((...args: unknown[]) => jsEscape(evalArgsString(args))),
  urlquery: variadic((...args: unknown[]) => urlQueryEscape(evalArgsString(args))),
};
