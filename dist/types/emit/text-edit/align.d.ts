/**
 * Which items of a sequence stay, go, or come: the source's items against the new ones. Items
 * that are "the same" (a container by its name, anything else by value) are matched in order
 * (common prefix and suffix, then a longest common subsequence of what is between); unmatched
 * items between two matches are paired by position, to be edited in place, and the rest are
 * removed or inserted.
 */
export type Step = {
    readonly kind: 'pair';
    readonly old: number;
    readonly new: number;
} | {
    readonly kind: 'remove';
    readonly old: number;
} | {
    readonly kind: 'insert';
    readonly new: number;
};
export declare function alignItems(before: readonly unknown[], after: readonly unknown[], same: (a: unknown, b: unknown) => boolean): Step[];
