/**
 * The few Go standard-library parsers Istio's validators lean on, re-stated for TypeScript:
 * `strconv.ParseBool`, `strconv.ParseUint(s, 10, bits)` and `time.ParseDuration`.
 * Each returns an error message in Go's wording, or null.
 */
/** Go `strconv.ParseBool`. */
export declare function goParseBool(s: string): boolean | null;
export declare function goParseBoolError(s: string): string | null;
/** Go `strconv.ParseUint(s, 10, bits)`: plain decimal digits only, no sign, no underscores. */
export declare function goParseUintError(s: string, bits: 16 | 32 | 64): string | null;
/** Go `time.ParseDuration`; returns nanoseconds (a float; exact enough for validation) or an error. */
export declare function goParseDuration(s: string): {
    ns: number;
} | {
    error: string;
};
/**
 * Go's `unicode.IsSpace`: the Unicode White_Space characters. Not JavaScript's `trim` set: that
 * has U+FEFF (not space to Go) and lacks U+0085 (space to Go).
 */
export declare function isGoSpace(c: number): boolean;
/** Go `strings.TrimSpace`, which Istio applies to the annotation values it trims. */
export declare function goTrimSpace(s: string): string;
/** Go `strconv.Quote`-like quoting, close enough for messages. */
export declare function goQuote(s: string): string;
