/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, and whether the fast writer wrote it. */
export declare function dumpYamlDetailed(value: unknown, seqNoIndent: boolean): {
    text: string;
    fast: boolean;
};
/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, faster. */
export declare function dumpYaml(value: unknown, seqNoIndent: boolean): string;
/**
 * A non-empty mapping or sequence as the fast writer writes it, every line after the first
 * indented by `base` more (text to place at column `base`), without the final line break; and
 * whether it leaves the document open (ends in a kept block scalar). Null when only js-yaml can
 * write the value.
 */
export declare function dumpYamlAt(value: object, seqNoIndent: boolean, base: number): {
    text: string;
    openEnded: boolean;
} | null;
