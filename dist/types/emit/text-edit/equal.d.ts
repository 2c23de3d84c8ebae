/** How the edit writer compares the source's values with the new ones. */
import { type JsonMap } from '../../model/values.js';
/**
 * Whether a value in the source and a value to write are the same once written: the same
 * scalars (`Object.is`: `-0` is not `0`), arrays item by item (a hole or `undefined` is written as
 * null), and plain objects with the same keys in the same order (keys whose value is `undefined`
 * are not written).
 */
export declare function sameValue(a: unknown, b: unknown): boolean;
/** A mapping the writer writes as one: a plain object (Object's prototype or none), not a class instance. */
export declare function isPlainMapping(v: unknown): v is JsonMap;
/** The keys the writer writes: those whose value is not `undefined`, in order. */
export declare function writtenKeys(o: Record<string, unknown>): string[];
export declare function isScalar(v: unknown): v is string | number | boolean | null;
