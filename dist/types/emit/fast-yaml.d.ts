/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, and whether the fast writer wrote it. */
export declare function dumpYamlDetailed(value: unknown, seqNoIndent: boolean): {
    text: string;
    fast: boolean;
};
/** `dump(value, { lineWidth: -1, noRefs: true, seqNoIndent })`, faster. */
export declare function dumpYaml(value: unknown, seqNoIndent: boolean): string;
