/** `,` `[` `]` `{` `}`. */
export declare function isFlowIndicator(c: number): boolean;
/** Space or end of line (NaN past the end). */
export declare function isSpaceOrEnd(c: number): boolean;
/**
 * Whether a plain scalar may start at `p` here: not at the end of the line, not with an indicator,
 * not with `?` or `:` (js-yaml has rules of its own for those), and a `-` only before a non-space.
 */
export declare function canStartPlain(line: string, p: number): boolean;
/** The first position from `p` that is not a space. */
export declare function skipSpaces(line: string, p: number): number;
