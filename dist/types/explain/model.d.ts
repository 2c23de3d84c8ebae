import type { Finding } from '../lint/types.js';
import type { ServiceInfo } from './services.js';
import type { WorkloadExplanation } from './types.js';
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
}
export declare function explainWorkload(w: ExplainInput): WorkloadExplanation;
