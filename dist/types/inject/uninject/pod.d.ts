import type { PodInjectionRequest, PodInjectionResult } from '../types.js';
/** What uninjection could not restore exactly, by name (documented in the README). */
export type UninjectNoteCode = 'overwritten-by-injection' | 'probe-port-number' | 'zero-fields-dropped';
export interface UninjectNote {
    readonly code: UninjectNoteCode;
    /** `label`/`annotation` and its key, or `container/probe` for a probe port. */
    readonly subject: string;
    readonly message: string;
}
/** What uninjection changed in a pod, and what it has to say about it. */
export interface UninjectChanges {
    /** Labels and annotations removed as injection's own, sorted. */
    readonly removedLabels: readonly string[];
    readonly removedAnnotations: readonly string[];
    /** Pod spec fields (`securityContext.sysctls`) removed as injection's own. */
    readonly removedSpec: readonly string[];
    /** Labels and annotations given back the value the pod had before injection changed it. */
    readonly restoredLabels: readonly string[];
    readonly restoredAnnotations: readonly string[];
    readonly notes: readonly UninjectNote[];
}
export type PodUninjectionResult = {
    readonly outcome: 'unchanged';
} | (UninjectChanges & {
    readonly outcome: 'uninjected';
    readonly podTemplate: {
        metadata?: object;
        spec: object;
    };
});
/** What uninjection needs of the engine: the injection of a pod template. */
export type InjectFn = (req: PodInjectionRequest) => PodInjectionResult;
/**
 * Uninjects `req.podTemplate` (never modified). `inject` is the engine under the configuration
 * the pod was injected with; a pod without a readable status annotation is `unchanged`.
 */
export declare function uninjectPod(inject: InjectFn, req: PodInjectionRequest): PodUninjectionResult;
