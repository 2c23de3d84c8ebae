import type { CompiledSelector, LabelSelector } from '../model/label-selector.js';
/** System namespaces Istio never injects into. */
export declare const IGNORED_NAMESPACES: ReadonlySet<string>;
export interface InjectionPolicy {
    policy: string;
    never: readonly CompiledSelector[];
    always: readonly CompiledSelector[];
}
export declare function compilePolicy(policy: string, never: readonly LabelSelector[], always: readonly LabelSelector[]): {
    compiled: InjectionPolicy;
    warnings: string[];
};
interface PolicyInput {
    hostNetwork: boolean;
    namespace: string;
    labels: Record<string, string>;
    annotations: Record<string, string>;
}
export declare function skipReason(p: InjectionPolicy, pod: PolicyInput): string | undefined;
export {};
