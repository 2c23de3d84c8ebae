import { KubeInjectError } from '../model/errors.js';
/** Which phase of template handling failed. */
export type TemplatePhase = 'parse' | 'exec';
/**
 * A parse or execution error of a Go template. The message follows Go's `text/template` wording:
 * `template: NAME:LINE:COL: MSG` for parse errors and
 * `template: NAME:LINE:COL: executing "TMPL" at <NODE>: MSG` for execution errors.
 * Line and column are 1-based and count inside the template text (not the file holding it).
 */
export declare class TemplateError extends KubeInjectError {
    readonly phase: TemplatePhase;
    /** Name given to `parseTemplate` (the source of the text). */
    readonly templateName: string;
    /** Name of the (possibly `define`d) template that was executing, for exec errors. */
    readonly executing: string | undefined;
    readonly templateLine: number;
    readonly templateColumn: number;
    /** The bare message without location prefix. */
    readonly detail: string;
    constructor(phase: TemplatePhase, templateName: string, line: number, column: number, detail: string, executing?: string, context?: string, options?: {
        cause?: unknown;
    });
}
/**
 * Thrown by builtins and functions (and the evaluator) without location; the evaluator turns it
 * into a located `TemplateError`. Function implementations may throw any `Error`; its message is
 * used as Go uses the error a function returns.
 */
export declare class ExecFailure extends Error {
    constructor(message: string);
}
/** 1-based line and column of a byte offset in `text`. */
export declare function lineCol(text: string, offset: number): {
    line: number;
    column: number;
};
