/**
 * Limits against hostile input that more than one floor applies: the YAML reader, the JSON and
 * YAML inside annotations, the template functions that parse JSON.
 */
/** Nesting depth of collections: of a YAML document, and of JSON or YAML inside an annotation. */
export declare const MAX_NESTING_DEPTH = 100;
/**
 * How deep the collections of JSON text nest (brackets outside strings), counting as js-yaml's
 * `maxDepth` does: `[]` is 1, `{"a": []}` is 2. Linear, without parsing, so it is safe to run
 * before a parser (or a recursive walk of what it gives) could exhaust the stack.
 */
export declare function jsonNestingDepth(text: string): number;
/** The error for JSON text nested deeper than the limit, or null. */
export declare function jsonDepthError(text: string, limit?: number): string | null;
