/**
 * What one execution of a template may cost. Templates can come from the user's injector
 * configuration, so they are untrusted programs: without a budget, `{{ range until 1000000000 }}`
 * exhausts memory and two nested ranges of 100,000 run for hours.
 */
export interface ExecutionBudget {
    /**
     * Commands evaluated, range iterations and template calls, together, per execution. The
     * built-in sidecar template takes about 330 for a small pod, plus about 5 per container port
     * and 4 per container: the default is 2 million ports away.
     */
    readonly maxSteps: number;
    /** Bytes (UTF-8) a template may write per execution; also the longest string a function may return. */
    readonly maxOutputBytes: number;
    /** The most elements a list a function returns may have (`until`, `concat`, `append` …). */
    readonly maxListLength: number;
}
export declare const DEFAULT_BUDGET: ExecutionBudget;
/** `16 MiB` for a whole number of MiB, else bytes. */
export declare function sizeText(bytes: number): string;
export declare const stepsExceeded: (b: ExecutionBudget) => string;
export declare const outputExceeded: (b: ExecutionBudget) => string;
export declare const stringExceeded: (b: ExecutionBudget) => string;
export declare const listExceeded: (b: ExecutionBudget, length: number) => string;
