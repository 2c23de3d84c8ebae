import type { WorkloadExplanation } from './types.js';
export { explainWorkload, type ExplainInput } from './model.js';
export { servicesIn, type ServiceInfo } from './services.js';
export type { WorkloadExplanation, TrafficPath, Hop, CaptureSummary, ProbeRewrite } from './types.js';
export declare const EXPLAIN_FORMATS: readonly ['text', 'json', 'mermaid'];
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];
export declare function renderExplanation(format: ExplainFormat, workloads: readonly WorkloadExplanation[]): string;
