export interface JsonOptions {
    /** Sort object keys (Go maps); false keeps insertion order (Go structs). Default true. */
    sortKeys?: boolean;
    /** Escape <, >, & as \u003c etc. (json.Marshal does; SetEscapeHTML(false) does not). Default true. */
    escapeHTML?: boolean;
    /** Indent unit for MarshalIndent; undefined = compact. */
    indent?: string;
}
export declare function marshalGoJson(v: unknown, opts?: JsonOptions): string;
/** Go's float64 JSON text. */
export declare function goJsonFloat(f: number): string;
