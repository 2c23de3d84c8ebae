/**
 * The indentation of the line holding the header of a block scalar that ends `text`, or -1;
 * `firstIndent` is the indentation of the line the text's first line continues.
 */
export declare function trailingBlockScalar(text: string, firstIndent: number): number;
/** Throws when a comment line right after `at` (blank lines aside) is indented deeper than `indent`. */
export declare function checkFollowingComment(text: string, at: number, indent: number): void;
