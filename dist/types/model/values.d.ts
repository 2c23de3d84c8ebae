/**
 * Plain values as parsed from YAML or JSON, and the few checks every stage needs on them. Defined
 * here once; `src/gotemplate/` keeps its own `isMap` so the template engine imports nothing.
 */
/** A mapping as parsed: string keys, any values. */
export type JsonMap = Record<string, unknown>;
/** True for a mapping (not null, not a list). */
export declare function isMap(v: unknown): v is JsonMap;
/** `obj[key] = value` as an own data property, also for a key `__proto__` (data, never a prototype). */
export declare function setOwn(obj: JsonMap, key: string, value: unknown): void;
/** The mapping itself, or an empty one when `v` is not a mapping. */
export declare function asMap(v: unknown): JsonMap;
/** The string itself, or `''` when `v` is not a string. */
export declare function str(v: unknown): string;
/**
 * A `map[string]string` as Go would read it (labels, annotations): null entries dropped, other
 * scalars as their text; `{}` when `v` is not a mapping.
 */
export declare function stringMap(v: unknown): Record<string, string>;
