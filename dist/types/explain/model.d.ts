import type { Finding } from '../lint/types.js';
import type { ServiceInfo } from './services.js';
import type { TrafficPath, WorkloadExplanation } from './types.js';
export interface ExplainInput {
    readonly label: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace: string;
    readonly outcome: 'injected' | 'skipped';
    readonly reason?: string;
    /** The pod template as injection leaves it. */
    readonly podTemplate: unknown;
    /** Every Service of the input. */
    readonly services: readonly ServiceInfo[];
    /** The lint findings about this workload. */
    readonly findings: readonly Finding[];
    /**
     * Outbound paths depend only on the capture and the Services, so workloads that capture alike
     * share them (pass one map for the whole input; the output grows with workloads × Service ports).
     */
    readonly outboundCache?: Map<string, readonly TrafficPath[]>;
}
export declare function explainWorkload(w: ExplainInput): WorkloadExplanation;
