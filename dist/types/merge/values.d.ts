/**
 * Plain JSON-like values as the merge sees them, plus the copying helpers that keep
 * `strategicMerge` from sharing any object with its inputs, but for frozen ones.
 */
import { type JsonMap } from '../model/values.js';
/** Set a key without tripping over `__proto__` (a YAML key is data, never a prototype). */
export declare function setKey(target: JsonMap, key: string, value: unknown): void;
/** Deep copy of maps and lists; scalars, and frozen values (which nobody can change), are returned as they are. */
export declare function deepClone(v: unknown): unknown;
export declare const DIRECTIVE = "$patch";
export declare const RETAIN_KEYS = "$retainKeys";
export declare const SET_ORDER_PREFIX = "$setElementOrder/";
export declare const DELETE_PRIMITIVE_PREFIX = "$deleteFromPrimitiveList/";
export declare function isDirectiveKey(key: string): boolean;
/** Marks a value that must not appear in the result (a map carrying `$patch`). */
export declare const DROP: unique symbol;
/**
 * A patch value taken as is (nothing in the original to merge with): a deep copy without
 * `null` map values, without maps that carry `$patch`, and without the other directive keys.
 * k8s does the same with `discardNullValuesFromPatch` + `removeDirectives`; the directive keys
 * it leaves behind vanish when Istio decodes the result into a `corev1.Pod`.
 */
export declare function cleanPatchValue(v: unknown): unknown;
export declare function kindOf(v: unknown): 'map' | 'list' | 'scalar';
