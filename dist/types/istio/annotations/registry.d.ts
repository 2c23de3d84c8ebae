import type { AnnotationInfo } from './types.js';
export declare const REGISTRY: readonly AnnotationInfo[];
/** The registry entry of an annotation, or undefined when kube-inject does not know it. */
export declare function lookupAnnotation(name: string): AnnotationInfo | undefined;
/** The registry entry of a label, or undefined. */
export declare function lookupLabel(name: string): AnnotationInfo | undefined;
/** Every annotation whose bad value makes Istio's injector refuse the pod. */
export declare function injectorValidatedAnnotations(): AnnotationInfo[];
/**
 * True for keys in Istio's namespace, as Istio's annotation analyzer decides it: the prefix ends
 * in `istio.io`, or the key is `kubernetes.io/ingress.class`. kube-inject adds its own
 * `kube-inject.io/` prefix.
 */
export declare function isIstioKey(name: string): boolean;
