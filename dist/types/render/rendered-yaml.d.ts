/**
 * @param hint remembers, per template, that its output needed the lenient reading, so later
 *   pods skip the failing strict attempt.
 */
export declare function loadRendered(text: string, hint?: {
    lenient?: boolean;
}): unknown;
export declare function indentFlowContinuations(text: string): string;
