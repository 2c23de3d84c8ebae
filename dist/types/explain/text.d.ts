import type { WorkloadExplanation } from './types.js';
/** One block per workload, separated by a blank line. */
export declare function renderText(workloads: readonly WorkloadExplanation[]): string;
