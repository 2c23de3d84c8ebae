import type { MergeSchema } from './schema.js';
export { MergeError } from './errors.js';
export { podMergeSchema } from './schema.js';
export type { ListMergeRule, MergeSchema } from './schema.js';
/**
 * Applies `patch` to `original` with strategic-merge-patch semantics and returns a new value;
 * neither input is modified and the result shares no object with them but frozen ones (which
 * nobody can change: a template's output, src/model/frozen.ts).
 *
 * - maps merge key by key; `null` in the patch deletes the key;
 * - lists in `schema` merge element by element (by merge key, or as a set of scalars); any other
 *   list is replaced by the patch's list;
 * - merged list order follows k8s (see `order.ts`): patch items in patch order, original-only
 *   items in original order, and a NEW patch item goes before the remaining original-only items;
 * - directives: `$patch: replace|delete` (map or list element), `$retainKeys`,
 *   `$setElementOrder/<field>`, `$deleteFromPrimitiveList/<field>`.
 *
 * @throws MergeError (code `'merge'`): `position.pointer` is the JSON pointer of the offending
 *   field, in the patch or (`input: 'original'`) in the original.
 */
export declare function strategicMerge(original: unknown, patch: unknown, schema?: MergeSchema): unknown;
