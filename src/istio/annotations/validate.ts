/**
 * Validating annotation values: the pod-level check Istio's injector runs before rendering
 * (`validateAnnotations` in validate.go), and a per-key check for the linter.
 */
import { injectorValidatedAnnotations, lookupAnnotation } from './registry.js';
import type { AnnotationProblem } from './types.js';

const INJECTOR_VALIDATED = injectorValidatedAnnotations();

/**
 * Checks every annotation Istio's injector validates, in registry order. An empty result means
 * Istio would accept the pod's annotations. Messages follow Istio's:
 * `invalid value "<v>" for annotation <name>: <reason>`.
 */
export function validatePodAnnotations(annotations: Record<string, string>): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const info of INJECTOR_VALIDATED) {
    if (!Object.hasOwn(annotations, info.name)) continue;
    const value = annotations[info.name]!;
    const reason = info.validate?.(String(value));
    if (reason) problems.push({ annotation: info.name, value, message: problemMessage(info.name, value, reason) });
  }
  return problems;
}

/**
 * Checks one annotation value with the registry's validator (Istio's where Istio validates,
 * kube-inject's lint check otherwise). Returns the reason, or null when the value is fine, the
 * annotation has no validator, or the annotation is unknown.
 */
export function validateAnnotationValue(name: string, value: string): string | null {
  return lookupAnnotation(name)?.validate?.(value) ?? null;
}

function problemMessage(name: string, value: string, reason: string): string {
  return `invalid value ${JSON.stringify(value)} for annotation ${name}: ${reason}`;
}
