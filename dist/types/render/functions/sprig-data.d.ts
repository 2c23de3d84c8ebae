import type { FuncMap } from '../../gotemplate/index.js';
/** Compile a Go RE2 pattern as a JS RegExp (leading (?flags) become JS flags). Cached. */
export declare function goRegex(pattern: string, global?: boolean): RegExp;
export declare function deepCopy<T>(v: T): T;
export declare const SPRIG_DATA: FuncMap;
