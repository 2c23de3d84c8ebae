/**
 * Plain JSON-like values as the merge sees them, plus the copying helpers that keep
 * `strategicMerge` from sharing any object with its inputs, but for frozen ones.
 */

import { isFrozenObject } from '../model/frozen.js';
import { isMap, type JsonMap } from '../model/values.js';

/** Set a key without tripping over `__proto__` (a YAML key is data, never a prototype). */
export function setKey(target: JsonMap, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** Deep copy of maps and lists; scalars, and frozen values (which nobody can change), are returned as they are. */
export function deepClone(v: unknown): unknown {
  if (isFrozenObject(v)) return v;
  if (Array.isArray(v)) return v.map(deepClone);
  if (isMap(v)) {
    const out: JsonMap = {};
    for (const [k, x] of Object.entries(v)) setKey(out, k, deepClone(x));
    return out;
  }
  return v;
}

export const DIRECTIVE = '$patch';
export const RETAIN_KEYS = '$retainKeys';
export const SET_ORDER_PREFIX = '$setElementOrder/';
export const DELETE_PRIMITIVE_PREFIX = '$deleteFromPrimitiveList/';

export function isDirectiveKey(key: string): boolean {
  return (
    key === DIRECTIVE ||
    key === RETAIN_KEYS ||
    key.startsWith(SET_ORDER_PREFIX) ||
    key.startsWith(DELETE_PRIMITIVE_PREFIX)
  );
}

/** Marks a value that must not appear in the result (a map carrying `$patch`). */
export const DROP: unique symbol = Symbol('drop');

/**
 * A patch value taken as is (nothing in the original to merge with): a deep copy without
 * `null` map values, without maps that carry `$patch`, and without the other directive keys.
 * k8s does the same with `discardNullValuesFromPatch` + `removeDirectives`; the directive keys
 * it leaves behind vanish when Istio decodes the result into a `corev1.Pod`.
 */
export function cleanPatchValue(v: unknown): unknown {
  // A frozen patch (a template's overlay shares its unchanged parts between pods, frozen) that
  // has nothing to clean is taken as it is, still shared and frozen (src/model/frozen.ts), and
  // what was found out about it is remembered.
  if (isFrozenObject(v) && isCleanFrozen(v)) return v;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const c = cleanPatchValue(x);
      if (c !== DROP) out.push(c);
    }
    return out;
  }
  if (isMap(v)) {
    if (Object.hasOwn(v, DIRECTIVE)) return DROP;
    const out: JsonMap = {};
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x === null || isDirectiveKey(k)) continue;
      const c = cleanPatchValue(x);
      if (c !== DROP) setKey(out, k, c);
    }
    return out;
  }
  return v;
}

/** Frozen values known to hold no `null` map value, no directive and no `__proto__` key (they cannot change). */
const cleanFrozen = new WeakMap<object, boolean>();

function isCleanFrozen(v: object): boolean {
  let clean = cleanFrozen.get(v);
  if (clean !== undefined) return clean;
  const child = (x: unknown): boolean => x === null || typeof x !== 'object' || (isFrozenObject(x) && isCleanFrozen(x));
  if (Array.isArray(v)) clean = v.every((x) => x !== null && child(x));
  else if (isMap(v)) clean = Object.keys(v).every((k) => k !== '__proto__' && !isDirectiveKey(k) && v[k] !== null && child(v[k]));
  else clean = false;
  cleanFrozen.set(v, clean);
  return clean;
}

export function kindOf(v: unknown): 'map' | 'list' | 'scalar' {
  return Array.isArray(v) ? 'list' : isMap(v) ? 'map' : 'scalar';
}
