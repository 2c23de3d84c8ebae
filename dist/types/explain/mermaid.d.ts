/**
 * `explain --format mermaid`: the paths as a Mermaid flowchart (pod, iptables chains, listeners,
 * routes, clusters, Services), which GitHub renders in Markdown. One subgraph per workload;
 * a node shared by several paths (a chain, a listener) is drawn once.
 */
import type { WorkloadExplanation } from './types.js';
export declare function renderMermaid(workloads: readonly WorkloadExplanation[]): string;
