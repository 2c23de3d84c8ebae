/**
 * Edits inside flow collections (`{path: /ready, port: 8080}`, and every collection of a JSON
 * document): new entries after a comma, inline, or one per line at their siblings' column when
 * the collection is laid out that way; removed ones with their comma.
 */
import type { Edit } from './edits.js';
import { column, pad, sameLine } from './lines.js';
import { flowKey, flowValue, type RenderStyle } from './render.js';
import type { SourceEntry, SourceNode } from './source-tree.js';

/** The column a flow collection's children stand at when laid out one per line; null when inline. */
export function flowColumn(text: string, node: SourceNode): number | null {
  const first = node.kind === 'mapping' ? node.entries[0]?.keyStart : node.items[0]?.start;
  if (first === undefined || sameLine(text, node.open, first)) return null;
  return column(text, first);
}

function separator(col: number | null, style: RenderStyle): string {
  return col === null ? ', ' : `,${style.eol}${pad(col)}`;
}

function insert(text: string, node: SourceNode, spans: ReadonlyArray<readonly [number, number]>, anchor: number, parts: string[], style: RenderStyle): Edit {
  const sep = separator(flowColumn(text, node), style);
  if (spans.length === 0) return { start: node.open + 1, end: node.open + 1, text: parts.join(', ') };
  if (anchor < 0) return { start: spans[0]![0], end: spans[0]![0], text: parts.join(sep) + sep };
  const at = spans[anchor]![1];
  return { start: at, end: at, text: sep + parts.join(sep) };
}

export function entrySpans(map: SourceNode): Array<[number, number]> {
  return map.entries.map((e: SourceEntry) => [e.keyStart, e.value.end]);
}

export function itemSpans(seq: SourceNode): Array<[number, number]> {
  return seq.items.map((i) => [i.start, i.end]);
}

/** New entries of a flow mapping after entry number `anchor` (-1: before the first). */
export function insertFlowEntries(text: string, map: SourceNode, anchor: number, keys: readonly string[], from: Record<string, unknown>, style: RenderStyle): Edit {
  const col = flowColumn(text, map);
  const parts = keys.map((k) => `${flowKey(k, style)}: ${flowValue(from[k], col, style)}`);
  return insert(text, map, entrySpans(map), anchor, parts, style);
}

/** New items of a flow sequence after item number `anchor` (-1: before the first). */
export function insertFlowItems(text: string, seq: SourceNode, anchor: number, items: readonly unknown[], style: RenderStyle): Edit {
  const col = flowColumn(text, seq);
  return insert(text, seq, itemSpans(seq), anchor, items.map((v) => flowValue(v, col, style)), style);
}

/**
 * Children removed, with the commas between them: each run of removed children up to the next
 * kept one, or, for a run at the end, from the end of the kept child before it.
 */
export function removeFlowChildren(spans: ReadonlyArray<readonly [number, number]>, removed: ReadonlySet<number>): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (!removed.has(i)) continue;
    let j = i;
    while (removed.has(j + 1)) j++;
    if (j + 1 < spans.length) edits.push({ start: spans[i]![0], end: spans[j + 1]![0], text: '' });
    else if (i > 0) edits.push({ start: spans[i - 1]![1], end: spans[j]![1], text: '' });
    else edits.push({ start: spans[i]![0], end: spans[j]![1], text: '' });
    i = j;
  }
  return edits;
}

/** A value inside a flow collection replaced. */
export function replaceFlowValue(node: SourceNode, after: unknown, col: number | null, style: RenderStyle): Edit {
  return { start: node.start, end: node.end, text: flowValue(after, col, style) };
}
