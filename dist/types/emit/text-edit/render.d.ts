export interface RenderStyle {
    readonly eol: '\n' | '\r\n';
    /** A JSON document: everything inserted is JSON. */
    readonly json: boolean;
    /** Block sequences under a key at the key's own indentation (kubectl's style). */
    readonly seqNoIndent: boolean;
}
/** An object of `keys` taken from `from`; a `__proto__` key stays data. */
export declare function pick(keys: readonly string[], from: Record<string, unknown>): Record<string, unknown>;
/**
 * Whole lines at column `col`, each ending in a line break: a mapping's entries (`value` an
 * object) or a sequence's items (`value` an array).
 */
export declare function blockLines(value: object, col: number, style: RenderStyle): string;
/** The same without the first line's indentation and the last line break: text placed at column `col`. */
export declare function blockAt(value: object, col: number, style: RenderStyle): string;
/**
 * What follows a mapping key's `:` for `value`, the key at column `col`: ` scalar` or a block
 * collection on the lines below.
 */
export declare function afterColon(value: unknown, col: number, style: RenderStyle): string;
/** What follows a sequence item's `-` for `value`, the dash at column `col`. */
export declare function afterDash(value: unknown, col: number, style: RenderStyle): string;
/**
 * A value inside a flow collection: JSON in a JSON document (laid out over lines from column
 * `col` when the collection is, inline when `col` is null), flow YAML otherwise.
 */
export declare function flowValue(value: unknown, col: number | null, style: RenderStyle): string;
/** A key inside a flow mapping. */
export declare function flowKey(key: string, style: RenderStyle): string;
