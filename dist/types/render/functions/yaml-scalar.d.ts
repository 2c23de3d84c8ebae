/** yaml.v2's keyList.Less for string keys: digit runs compare as numbers, non-letters first. */
export declare function yamlKeyCompare(a: string, b: string): number;
export declare const isBreak: (cp: number) => boolean;
export declare const isPrintable: (cp: number) => boolean;
export declare function doubleEscape(cp: number): string;
interface Analysis {
    multiline: boolean;
    blockPlain: boolean;
    singleQuoted: boolean;
    block: boolean;
}
export declare function analyze(s: string): Analysis;
/** True when yaml.v2 would read `s`, written plain, back as a string (and not base-60). */
export declare function resolvesToString(s: string): boolean;
export {};
