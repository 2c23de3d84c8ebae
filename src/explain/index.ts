/**
 * `explain`: each workload's traffic capture and its paths through Envoy, from the injected pod
 * (the same engine and istio-iptables model as `inject` and `iptables`), rendered as text, JSON or
 * a Mermaid flowchart. Pure: workloads and Services in, text out.
 */
import { renderJson } from './json.js';
import { renderMermaid } from './mermaid.js';
import { renderText } from './text.js';
import type { WorkloadExplanation } from './types.js';

export { explainWorkload, type ExplainInput } from './model.js';
export { servicesIn, type ServiceInfo } from './services.js';
export type { WorkloadExplanation, TrafficPath, Hop, CaptureSummary, ProbeRewrite } from './types.js';

export const EXPLAIN_FORMATS = ['text', 'json', 'mermaid'] as const;
export type ExplainFormat = (typeof EXPLAIN_FORMATS)[number];

export function renderExplanation(format: ExplainFormat, workloads: readonly WorkloadExplanation[]): string {
  return format === 'json' ? renderJson(workloads) : format === 'mermaid' ? renderMermaid(workloads) : renderText(workloads);
}
