import type { AnnotationProblem } from './types.js';
/**
 * Checks every annotation Istio's injector validates, in registry order. An empty result means
 * Istio would accept the pod's annotations. Messages follow Istio's:
 * `invalid value "<v>" for annotation <name>: <reason>`.
 */
export declare function validatePodAnnotations(annotations: Record<string, string>): AnnotationProblem[];
/**
 * Checks one annotation value with the registry's validator (Istio's where Istio validates,
 * kube-inject's lint check otherwise). Returns the reason, or null when the value is fine, the
 * annotation has no validator, or the annotation is unknown.
 */
export declare function validateAnnotationValue(name: string, value: string): string | null;
