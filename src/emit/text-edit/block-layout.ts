/**
 * Edits inside block collections: new entries and items on lines of their own at the column of
 * their siblings, removed ones with their lines, and replaced values after their `:` or `-`.
 */
import { checkFollowingComment, trailingBlockScalar } from './block-scalar-guard.js';
import type { Edit } from './edits.js';
import { column, firstOnLine, lineEnd, lineStart, nextLineStart, pad, sameLine } from './lines.js';
import { NotEditable } from './not-editable.js';
import { isPlainMapping, writtenKeys } from './equal.js';
import { afterColon, afterDash, blockAt, blockLines, type RenderStyle } from './render.js';
import type { SourceEntry, SourceNode } from './source-tree.js';

/** Where a block value sits: after a key's `:` (the key at `col`) or a sequence's `-` (at `col`). */
export type BlockPlace = { readonly kind: 'entry'; readonly entry: SourceEntry; readonly col: number } | { readonly kind: 'item'; readonly col: number };

/** Whole lines inserted after the line that `p` ends; at the end of a text without a final line break, after one. */
function linesAfter(text: string, p: number, lines: string, style: RenderStyle, value: unknown): Edit {
  const at = nextLineStart(text, p);
  guard(text, at, lines, 0, value);
  if (at === text.length && at > 0 && text.charCodeAt(at - 1) !== 10) return { start: at, end: at, text: style.eol + lines.slice(0, -style.eol.length) };
  return { start: at, end: at, text: lines };
}

/** Text inserted before a first child at `p`: its own lines when it starts its line, else on the line of `p`. */
function before(text: string, p: number, value: object, col: number, style: RenderStyle): Edit {
  if (firstOnLine(text, p)) {
    const at = lineStart(text, p);
    const lines = blockLines(value, col, style);
    guard(text, at, lines, 0, value);
    return { start: at, end: at, text: lines };
  }
  return { start: p, end: p, text: blockAt(value, col, style) + style.eol + pad(col) };
}

/** New entries (`value`, an object) of a block mapping, after the entry `anchor` or before the first. */
export function insertEntries(text: string, map: SourceNode, anchor: SourceEntry | null, value: Record<string, unknown>, style: RenderStyle): Edit {
  const col = column(text, map.open);
  if (anchor) return linesAfter(text, anchor.value.end, blockLines(value, col, style), style, value);
  return before(text, map.entries[0]!.keyStart, value, col, style);
}

/** An entry's lines removed; null when the entry shares its first line (`- key: v`). */
export function removeEntry(text: string, entry: SourceEntry): Edit | null {
  if (!firstOnLine(text, entry.keyStart)) return null;
  return { start: lineStart(text, entry.keyStart), end: nextLineStart(text, entry.value.end), text: '' };
}

/** The `-` of a block sequence item, or -1. */
export function dashOf(text: string, item: SourceNode): number {
  let p = item.start - 1;
  for (let c = text.charCodeAt(p); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--p));
  return p >= 0 && text.charCodeAt(p) === 45 ? p : -1;
}

/** New items of a block sequence, after the item `anchor` or before the first. */
export function insertItems(text: string, seq: SourceNode, anchor: SourceNode | null, items: unknown[], style: RenderStyle): Edit {
  const col = column(text, seq.open);
  if (anchor) return linesAfter(text, anchor.end, blockLines(items, col, style), style, items);
  const dash = dashOf(text, seq.items[0]!);
  if (dash < 0) throw new NotEditable('a sequence item whose dash is unclear');
  return before(text, dash, items, col, style);
}

/** An item's lines removed; null when its dash shares its line with something before it. */
export function removeItem(text: string, item: SourceNode): Edit | null {
  const dash = dashOf(text, item);
  if (dash < 0 || !firstOnLine(text, dash)) return null;
  return { start: lineStart(text, dash), end: nextLineStart(text, item.end), text: '' };
}

/** A block value replaced by `after`. */
export function replaceValue(text: string, node: SourceNode, after: unknown, place: BlockPlace, style: RenderStyle): Edit {
  if (place.kind === 'entry') {
    if (place.entry.colon < 0) throw new NotEditable("a key whose ':' is not on its line");
    return inline(text, node, place.entry.colon, afterColon(after, place.col, style), place.col, style, after);
  }
  const dash = dashOf(text, node);
  if (dash < 0) throw new NotEditable('a sequence item whose dash is unclear');
  return inline(text, node, dash + 1, afterDash(after, place.col, style), place.col, style, after);
}

/**
 * From the indicator on; a one-line scalar for a node on the indicator's line keeps the space
 * before it. A comment after the node moves to a line of its own below a value of several lines
 * (after a block scalar's last line it would be content).
 */
function inline(text: string, node: SourceNode, indicatorEnd: number, value: string, col: number, style: RenderStyle, written: unknown): Edit {
  // A kept block scalar (`|+`) ends where the line after it starts: so must its replacement.
  const eol = node.end > 0 && text.charCodeAt(node.end - 1) === 10 ? style.eol : '';
  if (value.startsWith(' ') && !value.includes('\n') && node.start > indicatorEnd && sameLine(text, indicatorEnd, node.start)) {
    return { start: node.start, end: node.end, text: value.slice(1) + eol };
  }
  const rest = text.slice(node.end, lineEnd(text, node.end));
  if (value.includes('\n') && rest.trimStart().startsWith('#')) {
    const edit = { start: indicatorEnd, end: node.end + rest.length, text: `${value}${style.eol}${pad(col)}${rest.trimStart()}` };
    return edit;
  }
  guard(text, node.end, value, col, written);
  return { start: indicatorEnd, end: node.end, text: value + eol };
}

/**
 * Refuses inserted text that ends in a block scalar which would take in the comment line after
 * it. Only a value whose last scalar is a string of several lines can end in one.
 */
function guard(text: string, at: number, inserted: string, firstIndent: number, value: unknown): void {
  const last = lastScalar(value);
  if (typeof last !== 'string' || !last.includes('\n')) return;
  const indent = trailingBlockScalar(inserted, firstIndent);
  if (indent >= 0) checkFollowingComment(text, at, indent);
}

/** The last scalar a value is written with (its last item's, its last key's, recursively). */
function lastScalar(v: unknown): unknown {
  for (;;) {
    if (Array.isArray(v)) {
      if (v.length === 0) return v;
      v = v[v.length - 1] ?? null;
    } else if (isPlainMapping(v)) {
      const keys = writtenKeys(v);
      if (keys.length === 0) return v;
      v = v[keys[keys.length - 1]!];
    } else return v;
  }
}
