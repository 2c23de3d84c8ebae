import type { FuncMap } from '../../gotemplate/index.js';
export declare function sprigIndent(spaces: number, s: string): string;
/** Go's strings.SplitN(s, sep, n). */
export declare function goSplit(s: string, sep: string, n?: number): string[];
export declare const SPRIG_STRINGS: FuncMap;
