/** How the edit writer compares the source's values with the new ones. */
import { isMap, type JsonMap } from '../../model/values.js';

/**
 * Whether a value in the source and a value to write are the same once written: the same
 * scalars (`Object.is`: `-0` is not `0`), arrays item by item (a hole or `undefined` is written as
 * null), and plain objects with the same keys in the same order (keys whose value is `undefined`
 * are not written).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i] === undefined ? null : b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainMapping(a) || !isPlainMapping(b)) return false;
  const ka = Object.keys(a);
  const kb = writtenKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameValue(a[k], b[k])) return false;
  }
  return true;
}

/** A mapping the writer writes as one: a plain object (Object's prototype or none), not a class instance. */
export function isPlainMapping(v: unknown): v is JsonMap {
  if (!isMap(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === null || p === Object.prototype;
}

/** The keys the writer writes: those whose value is not `undefined`, in order. */
export function writtenKeys(o: Record<string, unknown>): string[] {
  const keys = Object.keys(o);
  for (const k of keys) if (o[k] === undefined) return keys.filter((x) => o[x] !== undefined);
  return keys;
}

export function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
