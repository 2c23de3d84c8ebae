/** Go-style argument conversions shared by the sprig and Istio function tables. */
import { formatValue, goTypeName } from '../../gotemplate/index.js';
import { jsonDepthError } from '../../model/limits.js';
import { isMap, setOwn, type JsonMap } from '../../model/values.js';

/**
 * JSON text for `fromJSON` and friends, refused (thrown, never swallowed as a parse error is)
 * when it nests deeper than a YAML document may: what it gives is walked recursively later.
 */
export function jsonTextWithinLimit(v: unknown): string {
  const s = stringArg(v);
  const deep = jsonDepthError(s);
  if (deep) throw new Error(deep);
  return s;
}

/** A Go `string` parameter. nil (a missing map entry) counts as "" as in typed Go maps. */
export function stringArg(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  throw new Error(`wrong type for value; expected string; got ${goTypeName(v)}`);
}

/** A Go `int` parameter (template integer constants are bigints). */
export function int(v: unknown): number {
  if (typeof v === 'bigint') return Number(v);
  throw new Error(`wrong type for value; expected int; got ${goTypeName(v)}`);
}

/** sprig's strval: strings as is, everything else as %v. */
export function strval(v: unknown): string {
  return typeof v === 'string' ? v : formatValue(v === undefined ? null : v);
}

/** A Go `map[string]string` parameter; nil → empty map. */
export function strMap(v: unknown): Record<string, string> {
  if (v === null || v === undefined) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== 'string' && x !== null && x !== undefined)
      throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
    setOwn(out, k, typeof x === 'string' ? x : '');
  }
  return out;
}

/** A Go `map[string]interface{}` parameter; nil → a fresh empty map. */
export function dict(v: unknown): JsonMap {
  if (v === null || v === undefined) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]interface {}; got ${goTypeName(v)}`);
  return v;
}

/** spf13/cast ToInt64 as sprig uses it (errors give 0). */
export function toInt(v: unknown): bigint {
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      const s = v.replace(/\.0*$/, '');
      if (/^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.test(s)) {
        const neg = s[0] === '-';
        const body = s.replace(/^[-+]/, '');
        const b = /^0[0-7]+$/.test(body) ? BigInt('0o' + body.slice(1)) : BigInt(body.replace(/^0O/, '0o'));
        return neg ? -b : b;
      }
      return 0n;
    }
  }
  return 0n;
}

/** spf13/cast ToFloat64 (errors give 0). */
export function toFloat(v: unknown): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      const t = v.trim();
      const f = t === '' ? NaN : Number(t);
      return Number.isNaN(f) ? 0 : f;
    }
  }
  return 0;
}

/** sprig's `empty`: nil, false, 0, "" and empty collections. */
export function isEmpty(v: unknown): boolean {
  switch (typeof v) {
    case 'undefined':
      return true;
    case 'string':
      return v.length === 0;
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
    case 'bigint':
      return v === 0n;
    case 'function':
      return false;
  }
  if (v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return Object.keys(v as object).length === 0;
}

/** sprig's strslice: the elements of a list as strings, skipping nils. */
export function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

/** A list argument (any Go slice); throws like sprig for other kinds. */
export function list(v: unknown, what: string): unknown[] {
  if (Array.isArray(v)) return v;
  throw new Error(`Cannot ${what} on type ${goTypeName(v)}`);
}
