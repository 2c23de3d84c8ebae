import { MergeError } from './errors.js';
import { type ListMergeRule } from './schema.js';
import { type JsonMap } from '../model/values.js';
/** Where a merge is: schema path, pointer into the patch, pointer into the original. */
export interface At {
    readonly path: string;
    readonly ptr: string;
    readonly origPtr: string;
}
type MergeElement = (original: JsonMap, patch: JsonMap, at: At) => JsonMap;
/** An error about the patch's field at `pointer` (see `MergeError` for one about the original). */
export declare function mergeError(message: string, pointer: string): MergeError;
/**
 * @param order identities from `$setElementOrder/<field>`, when the patch has one
 */
export declare function mergeList(original: readonly unknown[], patch: readonly unknown[], rule: ListMergeRule, at: At, mergeElement: MergeElement, order?: readonly unknown[]): unknown[];
/** `$deleteFromPrimitiveList/<field>`: drop these scalars from the original list. */
export declare function deleteScalars(original: readonly unknown[], toDelete: readonly unknown[]): unknown[];
export {};
