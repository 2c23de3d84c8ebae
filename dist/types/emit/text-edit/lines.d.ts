/**
 * Positions in a document's text, by line. YAML's line breaks here are `\n` and `\r\n` (a
 * document with a bare `\r` is not edited), so a line starts after a `\n`; indentation is spaces.
 */
/** Offset of the first character of the line holding `p`. */
export declare function lineStart(text: string, p: number): number;
/** Column (0-based) of `p` on its line. */
export declare function column(text: string, p: number): number;
/** Whether only spaces stand before `p` on its line. */
export declare function firstOnLine(text: string, p: number): boolean;
/** Whether `a` and `b` are on the same line. */
export declare function sameLine(text: string, a: number, b: number): boolean;
/**
 * Where the line after the one that `p` ends starts: past the next line break, or `p` itself
 * when `p` already starts a line (a block scalar kept with `|+` ends there). The end of the
 * text when no line break follows.
 */
export declare function nextLineStart(text: string, p: number): number;
/** The end of the line holding `p`, before its line break. */
export declare function lineEnd(text: string, p: number): number;
/** `n` spaces. */
export declare function pad(n: number): string;
