/** Edits of a text at source offsets, and applying them. */
import { NotEditable } from './not-editable.js';

/** Replace text[start, end) by `text`; an insertion has start === end. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The text with every edit made. Edits are made in offset order; at one offset, insertions come
 * before a removal that starts there, and insertions keep the order they were planned in (an
 * inner list's new item before the new keys of the mapping that holds it). Overlapping edits are
 * a planning mistake and refused.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const order = edits.map((_, i) => i);
  order.sort((x, y) => {
    const a = edits[x]!;
    const b = edits[y]!;
    return a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || x - y;
  });
  let out = '';
  let at = 0;
  for (const i of order) {
    const e = edits[i]!;
    if (e.start < at) throw new NotEditable('overlapping edits');
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
