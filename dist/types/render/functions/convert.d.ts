import { type JsonMap } from '../../model/values.js';
/**
 * JSON text for `fromJSON` and friends, refused (thrown, never swallowed as a parse error is)
 * when it nests deeper than a YAML document may: what it gives is walked recursively later.
 */
export declare function jsonTextWithinLimit(v: unknown): string;
/** A Go `string` parameter. nil (a missing map entry) counts as "" as in typed Go maps. */
export declare function stringArg(v: unknown): string;
/** A Go `int` parameter (template integer constants are bigints). */
export declare function int(v: unknown): number;
/** sprig's strval: strings as is, everything else as %v. */
export declare function strval(v: unknown): string;
/** A Go `map[string]string` parameter; nil → empty map. */
export declare function strMap(v: unknown): Record<string, string>;
/** A Go `map[string]interface{}` parameter; nil → a fresh empty map. */
export declare function dict(v: unknown): JsonMap;
/** spf13/cast ToInt64 as sprig uses it (errors give 0). */
export declare function toInt(v: unknown): bigint;
/** spf13/cast ToFloat64 (errors give 0). */
export declare function toFloat(v: unknown): number;
/** sprig's `empty`: nil, false, 0, "" and empty collections. */
export declare function isEmpty(v: unknown): boolean;
/** sprig's strslice: the elements of a list as strings, skipping nils. */
export declare function strslice(v: unknown): string[];
/** A list argument (any Go slice); throws like sprig for other kinds. */
export declare function list(v: unknown, what: string): unknown[];
