import type { Edit } from './edits.js';
import { type RenderStyle } from './render.js';
import type { SourceEntry, SourceNode } from './source-tree.js';
/** Where a block value sits: after a key's `:` (the key at `col`) or a sequence's `-` (at `col`). */
export type BlockPlace = {
    readonly kind: 'entry';
    readonly entry: SourceEntry;
    readonly col: number;
} | {
    readonly kind: 'item';
    readonly col: number;
};
/** New entries (`value`, an object) of a block mapping, after the entry `anchor` or before the first. */
export declare function insertEntries(text: string, map: SourceNode, anchor: SourceEntry | null, value: Record<string, unknown>, style: RenderStyle): Edit;
/** An entry's lines removed; null when the entry shares its first line (`- key: v`). */
export declare function removeEntry(text: string, entry: SourceEntry): Edit | null;
/** The `-` of a block sequence item, or -1. */
export declare function dashOf(text: string, item: SourceNode): number;
/** New items of a block sequence, after the item `anchor` or before the first. */
export declare function insertItems(text: string, seq: SourceNode, anchor: SourceNode | null, items: unknown[], style: RenderStyle): Edit;
/** An item's lines removed; null when its dash shares its line with something before it. */
export declare function removeItem(text: string, item: SourceNode): Edit | null;
/** A block value replaced by `after`. */
export declare function replaceValue(text: string, node: SourceNode, after: unknown, place: BlockPlace, style: RenderStyle): Edit;
