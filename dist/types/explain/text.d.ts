/** `explain --format text`: a short account per workload, then its paths through Envoy. */
import type { WorkloadExplanation } from './types.js';
export declare function renderText(workloads: readonly WorkloadExplanation[]): string;
