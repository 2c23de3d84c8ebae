/** Decoding of Go string, raw string, character and number literals. */
/** Go's strconv.Unquote for "…", `…` and '…' literals. Throws on a malformed escape. */
export declare function unquote(lit: string): string;
/**
 * Value of a number or character literal as Go's text/template treats it where any type is
 * accepted: an integer literal (or a character) is a Go `int` (a JS bigint here); a literal with a
 * fraction or exponent is a float64 (a JS number).
 */
export declare function numberValue(lit: string): bigint | number;
