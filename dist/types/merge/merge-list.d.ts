/**
 * Merging one list that has a merge rule (see `schema.ts`); lists without a rule never get here,
 * the patch's list replaces them. Semantics follow k8s `strategicpatch.mergeSlice`.
 */
import { KubeInjectError } from '../model/errors.js';
import type { ListMergeRule } from './schema.js';
import type { JsonMap } from './values.js';
/** Where a merge is: schema path, pointer into the patch, pointer into the original. */
export interface At {
    readonly path: string;
    readonly ptr: string;
    readonly origPtr: string;
}
export type MergeElement = (original: JsonMap, patch: JsonMap, at: At) => JsonMap;
export declare function mergeError(message: string, pointer: string): KubeInjectError;
/**
 * @param order identities from `$setElementOrder/<field>`, when the patch has one
 */
export declare function mergeList(original: readonly unknown[], patch: readonly unknown[], rule: ListMergeRule, at: At, mergeElement: MergeElement, order?: readonly unknown[]): unknown[];
/** `$deleteFromPrimitiveList/<field>`: drop these scalars from the original list. */
export declare function deleteScalars(original: readonly unknown[], toDelete: readonly unknown[]): unknown[];
