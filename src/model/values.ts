/**
 * Plain values as parsed from YAML or JSON, and the few checks every stage needs on them. Defined
 * here once; `src/gotemplate/` keeps its own `isMap` so the template engine imports nothing.
 */

/** A mapping as parsed: string keys, any values. */
export type JsonMap = Record<string, unknown>;

/** True for a mapping (not null, not a list). */
export function isMap(v: unknown): v is JsonMap {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `obj[key] = value` as an own data property, also for a key `__proto__` (data, never a prototype). */
export function setOwn(obj: JsonMap, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/** The mapping itself, or an empty one when `v` is not a mapping. */
export function asMap(v: unknown): JsonMap {
  return isMap(v) ? v : {};
}

/** The string itself, or `''` when `v` is not a string. */
export function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * A `map[string]string` as Go would read it (labels, annotations): null entries dropped, other
 * scalars as their text; `{}` when `v` is not a mapping.
 */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(v)) return out;
  for (const [k, val] of Object.entries(v)) {
    if (val === null || val === undefined) continue;
    setOwn(out, k, typeof val === 'string' ? val : String(val));
  }
  return out;
}
