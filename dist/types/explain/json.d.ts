/** `explain --format json`: the explanation model as it is, for machines. */
import type { WorkloadExplanation } from './types.js';
export declare function renderJson(workloads: readonly WorkloadExplanation[]): string;
