/** `explain --format json`: the explanation model as it is, for machines. */
import type { WorkloadExplanation } from './types.js';

export function renderJson(workloads: readonly WorkloadExplanation[]): string {
  return JSON.stringify({ workloads }, null, 2) + '\n';
}
