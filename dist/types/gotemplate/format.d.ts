/**
 * Go's fmt formatting for template values. Value model (shared by the whole engine):
 * string → string, JS number → float64, JS bigint → int, boolean → bool, null/undefined → nil,
 * array → []interface{}, plain object → map[string]interface{}, function → func.
 */
/** Go type name of a value as `%T` prints it. */
export declare function goTypeName(v: unknown): string;
/** Go's strconv.FormatFloat(f, fmt, prec, 64) for fmt 'g', 'e', 'f' (prec -1 = shortest). */
export declare function formatFloat(f: number, fmt: 'g' | 'e' | 'f', prec?: number): string;
/** Go's strconv.Quote. */
export declare function quoteGo(s: string, q?: string): string;
/** Sorted keys of a map value, in Go's fmt / text/template order. */
export declare function sortedKeys(o: object): string[];
/** Byte-wise (UTF-8) order of two strings, as Go compares them. */
export declare function compareStrings(a: string, b: string): number;
/** `%v` of a value (fmt.Sprint of a single operand). */
export declare function formatValue(v: unknown): string;
/** fmt.Sprint: spaces between operands when neither side is a string. */
export declare function sprint(args: readonly unknown[]): string;
/** fmt.Sprintln: always spaces, trailing newline. */
export declare function sprintln(args: readonly unknown[]): string;
