import type { Event } from 'js-yaml';
/** The first source offset an event carries (anchor, tag or value), or -1. */
export declare function eventOffset(e: Event): number;
export interface FieldOffsets {
    key?: number;
    value: number;
}
/**
 * Walks one document's events and records, for every JSON pointer that exists in the source,
 * the offset of its key and of its value. Complex (non-scalar) keys are skipped.
 */
export declare function indexOffsets(events: readonly Event[], source: string): Map<string, FieldOffsets>;
/**
 * How large the document is once every alias is expanded: its nodes, and the bytes of its
 * scalars. Aliases are cheap to parse and share objects in memory, but every later stage (merge,
 * dump) walks the expanded tree: a few hundred bytes of nested aliases can stand for billions of
 * nodes, or a few nodes over a long string for gigabytes. Stops counting past either limit.
 */
export declare function expandedSize(events: readonly Event[], source: string, limits: {
    nodes: number;
    bytes: number;
}): {
    nodes: number;
    bytes: number;
};
/**
 * The offset of the first key that a mapping states twice, or -1. Keys a merge (`<<`) brings
 * in are not stated, so they may be overridden, as YAML's merge-key spec says.
 */
export declare function findDuplicateKey(events: readonly Event[], source: string): number;
