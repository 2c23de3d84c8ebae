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
export declare function applyEdits(text: string, edits: readonly Edit[]): string;
