import type { WorkloadExplanation } from './types.js';
export declare function renderText(workloads: readonly WorkloadExplanation[]): string;
