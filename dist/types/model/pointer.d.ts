/** JSON pointers (RFC 6901): the one way every stage names a field inside a document. */
export declare function escapeToken(token: string | number): string;
export declare function joinPointer(base: string, ...tokens: Array<string | number>): string;
export declare function splitPointer(pointer: string): string[];
/** The value at a pointer, or undefined. */
export declare function getAt(value: unknown, pointer: string): unknown;
/** A copy of `root` with the value at `pointer` replaced (only the path to it is copied). */
export declare function setAt(root: unknown, pointer: string, replacement: unknown): unknown;
