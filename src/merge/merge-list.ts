/**
 * Merging one list that has a merge rule (see `schema.ts`); lists without a rule never get here,
 * the patch's list replaces them. Semantics follow k8s `strategicpatch.mergeSlice`.
 */
import { joinPointer as childPointer } from '../model/pointer.js';
import { MergeError } from './errors.js';
import { orderMerged } from './order.js';
import { elementPath, type ListMergeRule } from './schema.js';
import { isMap, type JsonMap } from '../model/values.js';
import { cleanPatchValue, deepClone, DIRECTIVE, DROP, kindOf } from './values.js';

/** Where a merge is: schema path, pointer into the patch, pointer into the original. */
export interface At {
  readonly path: string;
  readonly ptr: string;
  readonly origPtr: string;
}

type MergeElement = (original: JsonMap, patch: JsonMap, at: At) => JsonMap;

/** An error about the patch's field at `pointer` (see `MergeError` for one about the original). */
export function mergeError(message: string, pointer: string): MergeError {
  return new MergeError(message, pointer);
}

/**
 * @param order identities from `$setElementOrder/<field>`, when the patch has one
 */
export function mergeList(
  original: readonly unknown[],
  patch: readonly unknown[],
  rule: ListMergeRule,
  at: At,
  mergeElement: MergeElement,
  order?: readonly unknown[],
): unknown[] {
  if (rule.mergeKey === undefined) return mergeScalars(original, patch, at, order);
  const key = rule.mergeKey;
  const idOf = (el: JsonMap): unknown => el[key];

  let replace = false;
  const deleted = new Set<unknown>();
  const items: { el: JsonMap; index: number }[] = [];
  patch.forEach((el, index) => {
    const p = childPointer(at.ptr, index);
    if (!isMap(el)) throw mergeError(`list element must be a map with merge key "${key}", got a ${kindOf(el)}`, p);
    if (Object.hasOwn(el, DIRECTIVE)) {
      const d = el[DIRECTIVE];
      if (d === 'replace') replace = true;
      else if (d === 'delete') {
        if (!Object.hasOwn(el, key)) throw mergeError(`"$patch: delete" element has no merge key "${key}"`, p);
        deleted.add(el[key]);
      } else throw mergeError(`unsupported $patch directive in a list: ${JSON.stringify(d)}`, childPointer(p, DIRECTIVE));
      return;
    }
    if (!Object.hasOwn(el, key)) throw mergeError(`list element has no merge key "${key}"`, p);
    items.push({ el, index });
  });

  if (replace) {
    const replaced = items.map(({ el }) => cleanPatchValue(el) as JsonMap);
    return orderMerged(replaced, idOf, order ?? [], replaced.map(idOf));
  }

  const working: { value: JsonMap; fresh: boolean; origIndex?: number }[] = [];
  original.forEach((el, origIndex) => {
    const p = childPointer(at.origPtr, origIndex);
    if (!isMap(el) || !Object.hasOwn(el, key)) {
      throw new MergeError(`element of the original list has no merge key "${key}"`, p, 'original');
    }
    if (!deleted.has(el[key])) working.push({ value: el, fresh: false, origIndex });
  });
  const serverOrder = working.map((w) => idOf(w.value));

  for (const { el, index } of items) {
    const found = working.find((w) => idOf(w.value) === el[key]);
    if (found) {
      const origPtr = found.origIndex === undefined ? at.origPtr : childPointer(at.origPtr, found.origIndex);
      found.value = mergeElement(found.value, el, { path: elementPath(at.path), ptr: childPointer(at.ptr, index), origPtr });
      found.fresh = true;
    } else {
      const c = cleanPatchValue(el);
      if (c !== DROP) working.push({ value: c as JsonMap, fresh: true });
    }
  }
  const merged = working.map((w) => (w.fresh ? w.value : (deepClone(w.value) as JsonMap)));
  return orderMerged(merged, idOf, order ?? items.map(({ el }) => el[key]), serverOrder);
}

/** A merge list of scalars (`metadata.finalizers`): the union, original's elements kept. */
function mergeScalars(
  original: readonly unknown[],
  patch: readonly unknown[],
  at: At,
  order?: readonly unknown[],
): unknown[] {
  patch.forEach((v, i) => {
    if (kindOf(v) !== 'scalar') throw mergeError(`list of scalars cannot hold a ${kindOf(v)}`, childPointer(at.ptr, i));
  });
  original.forEach((v, i) => {
    if (kindOf(v) !== 'scalar') throw new MergeError(`list of scalars holds a ${kindOf(v)}`, childPointer(at.origPtr, i), 'original');
  });
  const merged = [...new Set([...original, ...patch])];
  return orderMerged(merged, (v) => v, order ?? patch, original);
}

/** `$deleteFromPrimitiveList/<field>`: drop these scalars from the original list. */
export function deleteScalars(original: readonly unknown[], toDelete: readonly unknown[]): unknown[] {
  const gone = new Set(toDelete);
  return original.filter((v) => !gone.has(v)).map(deepClone);
}
