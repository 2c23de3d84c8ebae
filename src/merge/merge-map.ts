/**
 * Merging a patch map into an original map (k8s `strategicpatch.mergeMap` with the options of
 * `StrategicMergePatch`: parallel lists applied, unmatched nulls ignored).
 */
import { joinPointer as childPointer } from '../model/pointer.js';
import { deleteScalars, mergeError, mergeList } from './merge-list.js';
import type { At } from './merge-list.js';
import { fieldPath } from './schema.js';
import type { ListMergeRule, MergeSchema } from './schema.js';
import {
  cleanPatchValue,
  deepClone,
  DELETE_PRIMITIVE_PREFIX,
  DIRECTIVE,
  DROP,
  isDirectiveKey,
  kindOf,
  RETAIN_KEYS,
  SET_ORDER_PREFIX,
  setKey,
} from './values.js';
import { isMap, type JsonMap } from '../model/values.js';

export function mergeMaps(original: JsonMap, patch: JsonMap, at: At, schema: MergeSchema): JsonMap {
  if (Object.hasOwn(patch, DIRECTIVE)) {
    const d = patch[DIRECTIVE];
    // k8s: `replace` takes the patch map as it is; `delete` leaves an empty map.
    if (d === 'replace') {
      const rest: JsonMap = {};
      for (const [k, v] of Object.entries(patch)) if (k !== DIRECTIVE) setKey(rest, k, v);
      return cleanPatchValue(rest) as JsonMap;
    }
    if (d === 'delete') return {};
    throw mergeError(`unsupported $patch directive: ${JSON.stringify(d)}`, childPointer(at.ptr, DIRECTIVE));
  }

  const out: JsonMap = {};
  for (const k of Object.keys(original)) setKey(out, k, original[k]);
  const fresh = new Set<string>();
  const recurse = (a: JsonMap, b: JsonMap, where: At): JsonMap => mergeMaps(a, b, where, schema);
  const ruleFor = (k: string, directiveKey: string): ListMergeRule => {
    const rule = schema[fieldPath(at.path, k)];
    if (!rule) throw mergeError(`"${k}" is not a merge list`, childPointer(at.ptr, directiveKey));
    return rule;
  };

  if (Object.hasOwn(patch, RETAIN_KEYS)) applyRetainKeys(out, patch, at.ptr);

  const orders = new Map<string, unknown[]>();
  for (const dk of Object.keys(patch)) {
    if (!isDirectiveKey(dk)) continue;
    const dv = patch[dk];
    const p = childPointer(at.ptr, dk);
    if (dk.startsWith(SET_ORDER_PREFIX)) {
      const k = dk.slice(SET_ORDER_PREFIX.length);
      const rule = ruleFor(k, dk);
      if (!Array.isArray(dv)) throw mergeError(`${SET_ORDER_PREFIX}${k} must be a list`, p);
      orders.set(k, dv.map((el, i) => orderIdentity(el, rule, childPointer(p, i))));
    } else if (dk.startsWith(DELETE_PRIMITIVE_PREFIX)) {
      const k = dk.slice(DELETE_PRIMITIVE_PREFIX.length);
      if (!Array.isArray(dv)) throw mergeError(`${DELETE_PRIMITIVE_PREFIX}${k} must be a list`, p);
      const o = out[k];
      if (Array.isArray(o)) {
        setKey(out, k, deleteScalars(o, dv));
        fresh.add(k);
      }
    }
  }

  for (const k of Object.keys(patch)) {
    if (isDirectiveKey(k)) continue;
    const v = patch[k];
    const where: At = { path: fieldPath(at.path, k), ptr: childPointer(at.ptr, k), origPtr: childPointer(at.origPtr, k) };
    if (v === null) {
      delete out[k];
      continue;
    }
    const o = Object.hasOwn(out, k) ? out[k] : undefined;
    const order = orders.get(k);
    let merged: unknown;
    if (o === undefined || o === null) {
      // Nothing to merge with: the patch value as it is (a list put in `$setElementOrder` order).
      merged = order && Array.isArray(v) ? mergeList([], v, ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order) : cleanPatchValue(v);
    } else if (kindOf(o) !== kindOf(v)) {
      throw mergeError(`expected a ${kindOf(o)} for "${k}", as in the original, but the patch has a ${kindOf(v)}`, where.ptr);
    } else if (isMap(o) && isMap(v)) {
      merged = mergeMaps(o, v, where, schema);
    } else if (Array.isArray(o) && Array.isArray(v)) {
      const rule = schema[where.path];
      merged = rule ? mergeList(o, v, rule, where, recurse, order) : cleanPatchValue(v);
    } else {
      merged = v;
    }
    if (merged === DROP) delete out[k];
    else setKey(out, k, merged);
    fresh.add(k);
  }

  // `$setElementOrder/<field>` without the field in the patch: reorder the original's list.
  for (const [k, order] of orders) {
    const o = out[k];
    if (fresh.has(k) || !Array.isArray(o)) continue;
    const where: At = { path: fieldPath(at.path, k), ptr: childPointer(at.ptr, k), origPtr: childPointer(at.origPtr, k) };
    setKey(out, k, mergeList(o, [], ruleFor(k, SET_ORDER_PREFIX + k), where, recurse, order));
    fresh.add(k);
  }

  for (const k of Object.keys(out)) if (!fresh.has(k)) setKey(out, k, deepClone(out[k]));
  return out;
}

/** `$retainKeys`: drop the original's fields that are not listed; the patch may only set listed ones. */
function applyRetainKeys(out: JsonMap, patch: JsonMap, ptr: string): void {
  const list = patch[RETAIN_KEYS];
  const p = childPointer(ptr, RETAIN_KEYS);
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) {
    throw mergeError(`${RETAIN_KEYS} must be a list of field names`, p);
  }
  const keep = new Set<string>(list as string[]);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || isDirectiveKey(k) || keep.has(k)) continue;
    throw mergeError(`field "${k}" is set by the patch but missing from ${RETAIN_KEYS}`, childPointer(ptr, k));
  }
  for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
}

function orderIdentity(el: unknown, rule: ListMergeRule, pointer: string): unknown {
  if (rule.mergeKey === undefined) return el;
  if (!isMap(el) || !Object.hasOwn(el, rule.mergeKey)) {
    throw mergeError(`${SET_ORDER_PREFIX} element has no merge key "${rule.mergeKey}"`, pointer);
  }
  return el[rule.mergeKey];
}
