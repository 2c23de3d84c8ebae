/** `,` `[` `]` `{` `}`. */
export declare function isFlowIndicator(c: number): boolean;
/**
 * The character code at `i`, NaN outside the line, as `charCodeAt` gives it, but read behind a
 * bounds check: V8's optimised code for a reader treats a read past the end as a case it never
 * saw and throws itself away (a deoptimisation) the first time a line ends there, to be compiled
 * again.
 */
export declare function code(line: string, i: number): number;
/** Space or end of line (NaN past the end). */
export declare function isSpaceOrEnd(c: number): boolean;
/**
 * Whether a plain scalar may start at `p` here: not at the end of the line, not with an indicator,
 * not with `?` or `:` (js-yaml has rules of its own for those), and a `-` only before a non-space.
 */
export declare function canStartPlain(line: string, p: number): boolean;
/** The first position from `p` that is not a space. */
export declare function skipSpaces(line: string, p: number): number;
