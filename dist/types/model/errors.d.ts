/**
 * One error type for everything that can go wrong with input: YAML, annotations, templates,
 * merges, configuration files. It carries where the problem is; `formatError` (in
 * `src/emit/format-error.ts`) is the one place that turns it into text for people.
 */
export type ErrorCode = 'usage' | 'io' | 'no-manifests' | 'yaml' | 'yaml-hostile' | 'workload' | 'annotation' | 'template' | 'merge' | 'config' | 'internal';
export interface SourcePosition {
    /** File name as the user gave it, or `<stdin>`. */
    file?: string;
    /** 1-based line. */
    line?: number;
    /** 1-based column. */
    column?: number;
    /** 0-based index of the document in its file. */
    document?: number;
    /** JSON pointer of the field inside the document. */
    pointer?: string;
    /**
     * Which end of the field at `pointer` the problem is about: its key (the default; an unknown or
     * misplaced field) or its value (a bad value). Decides the column, as for lint findings.
     */
    at?: 'key' | 'value';
    /** The object the error is about, e.g. `Deployment "default/web"`. */
    resource?: string;
}
export declare class KubeInjectError extends Error {
    readonly code: ErrorCode;
    position: SourcePosition;
    constructor(code: ErrorCode, message: string, position?: SourcePosition, options?: {
        cause?: unknown;
    });
    /** Fill in position fields that are still unknown (an outer layer knows the file, say). */
    locate(position: SourcePosition): this;
}
export declare function isKubeInjectError(e: unknown): e is KubeInjectError;
