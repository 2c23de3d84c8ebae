/**
 * The registry of Istio annotations and labels kube-inject knows: one explicit table, sorted by
 * name then kind, built from `annotation-table.ts` and `label-table.ts`. No registration by import
 * side effect. Source of truth: istio/api `annotation/annotations.yaml`, `label/labels.yaml`.
 */
import { ANNOTATIONS } from './annotation-table.js';
import { LABELS } from './label-table.js';
import type { AnnotationInfo } from './types.js';

export const REGISTRY: readonly AnnotationInfo[] = [...ANNOTATIONS, ...LABELS].sort(
  (x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0),
);

const annotationsByName = new Map(ANNOTATIONS.map((e) => [e.name, e]));
const labelsByName = new Map(LABELS.map((e) => [e.name, e]));

/** The registry entry of an annotation, or undefined when kube-inject does not know it. */
export function lookupAnnotation(name: string): AnnotationInfo | undefined {
  return annotationsByName.get(name);
}

/** The registry entry of a label, or undefined. */
export function lookupLabel(name: string): AnnotationInfo | undefined {
  return labelsByName.get(name);
}

/** Every annotation whose bad value makes Istio's injector refuse the pod. */
export function injectorValidatedAnnotations(): AnnotationInfo[] {
  return ANNOTATIONS.filter((e) => e.injectorValidated);
}

/**
 * True for keys in Istio's namespace, as Istio's annotation analyzer decides it: the prefix ends
 * in `istio.io`, or the key is `kubernetes.io/ingress.class`. kube-inject adds its own
 * `kube-inject.io/` prefix.
 */
export function isIstioKey(name: string): boolean {
  if (name === 'kubernetes.io/ingress.class') return true;
  const prefix = name.split('/')[0] ?? '';
  return prefix.endsWith('istio.io') || prefix === 'kube-inject.io';
}
