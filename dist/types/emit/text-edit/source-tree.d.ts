export interface SourceNode {
    readonly kind: 'mapping' | 'sequence' | 'scalar' | 'alias';
    /** First character of the node, its anchor and tag included. */
    start: number;
    /** Where the node's own syntax begins (first key, dash, bracket or scalar), after anchor and tag. */
    open: number;
    /** Just past its last character; a block scalar kept with `|+` ends where the line after it starts. */
    end: number;
    /** A flow collection (`{…}`, `[…]`). */
    readonly flow: boolean;
    /** SCALAR_STYLE of a scalar; 0 for other nodes. */
    readonly scalarStyle: number;
    readonly anchor: string | null;
    /** Mapping entries and sequence items, in source order. */
    readonly entries: SourceEntry[];
    readonly items: SourceNode[];
    /** Why the node can only be kept or replaced whole (alias, tag, merge key, complex key), or null. */
    opaque: string | null;
}
export interface SourceEntry {
    /** The key as the parsed value holds it (YAML 1.1: `yes:` is the key "true"). */
    readonly key: string;
    readonly keyStart: number;
    /** Just past the `:` after the key; -1 when it is not on the key's line. */
    readonly colon: number;
    readonly value: SourceNode;
}
export interface SourceTree {
    readonly root: SourceNode;
    /** Offsets of the anchors that an alias in the document refers to. */
    readonly sharedAnchors: readonly number[];
    /** Names of the anchors an alias refers to. */
    readonly aliased: ReadonlySet<string>;
}
/** Reads the one document in `text` (a document's own text, `---` and comments included). */
export declare function readSourceTree(text: string): SourceTree;
/** Scalars and aliases share these (never added to). */
export declare const NO_ENTRIES: SourceEntry[];
export declare const NO_ITEMS: SourceNode[];
