/**
 * Edits inside flow collections (`{path: /ready, port: 8080}`, and every collection of a JSON
 * document): new entries after a comma, inline, or one per line at their siblings' column when
 * the collection is laid out that way; removed ones with their comma.
 */
import type { Edit } from './edits.js';
import { type RenderStyle } from './render.js';
import type { SourceNode } from './source-tree.js';
/** The column a flow collection's children stand at when laid out one per line; null when inline. */
export declare function flowColumn(text: string, node: SourceNode): number | null;
export declare function entrySpans(map: SourceNode): Array<[number, number]>;
export declare function itemSpans(seq: SourceNode): Array<[number, number]>;
/** New entries of a flow mapping after entry number `anchor` (-1: before the first). */
export declare function insertFlowEntries(text: string, map: SourceNode, anchor: number, keys: readonly string[], from: Record<string, unknown>, style: RenderStyle): Edit;
/** New items of a flow sequence after item number `anchor` (-1: before the first). */
export declare function insertFlowItems(text: string, seq: SourceNode, anchor: number, items: readonly unknown[], style: RenderStyle): Edit;
/**
 * Children removed, with the commas between them: each run of removed children up to the next
 * kept one, or, for a run at the end, from the end of the kept child before it.
 */
export declare function removeFlowChildren(spans: ReadonlyArray<readonly [number, number]>, removed: ReadonlySet<number>): Edit[];
/** A value inside a flow collection replaced. */
export declare function replaceFlowValue(node: SourceNode, after: unknown, col: number | null, style: RenderStyle): Edit;
