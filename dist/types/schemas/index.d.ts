/** The kinds of input file that have a schema. */
export type SchemaKind = 'mesh-config' | 'values' | 'injector-config' | 'istio-operator';
/** One problem found in an input document. */
export interface SchemaProblem {
    /** JSON pointer (RFC 6901) of the offending key; "" is the document itself. */
    pointer: string;
    /** Human-readable description, e.g. `must be a boolean, got string "yes please"`. */
    message: string;
}
/** Checks `data` (a parsed YAML/JSON document) against the schema for `kind`; [] when it is valid. */
export declare function validateInput(kind: SchemaKind, data: unknown): SchemaProblem[];
/** Formats problems one per line, e.g. for `error: mesh.yaml: ...`. */
export declare function formatProblems(file: string, problems: readonly SchemaProblem[]): string;
