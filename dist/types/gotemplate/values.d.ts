/** Go's text/template truth: false, 0, nil, empty string/slice/map are false; all else true. */
export declare function isTrue(v: unknown): boolean;
/** The kind Go's reflect reports (`kindOf` in sprig): string, int, float64, bool, slice, map, invalid, func. */
export declare function goKind(v: unknown): string;
/** Length in Go terms: bytes of a string (UTF-8), elements of a slice or map. */
export declare function goLen(v: unknown): number | undefined;
export declare function utf8Length(s: string): number;
/** Go's reflect.DeepEqual for plain data (int and float64 never equal). */
export declare function deepEqual(a: unknown, b: unknown): boolean;
