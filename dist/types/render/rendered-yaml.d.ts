import { RenderedReuse } from './rendered-reuse.js';
/** What is remembered per template between pods. */
export interface RenderHint {
    /** Its output needed the lenient reading: later pods skip the failing strict attempt. */
    lenient?: boolean;
    /** Its recent outputs, to read the next one by difference (`rendered-reuse.ts`). */
    reuse?: RenderedReuse;
}
/** @param hint what is remembered of the template's earlier outputs (none: every text is read in full). */
export declare function loadRendered(text: string, hint?: RenderHint): unknown;
export declare function indentFlowContinuations(text: string): string;
