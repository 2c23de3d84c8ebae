/** Builds registry rows compactly; `scopes` is derived from Istio's resource kinds. */
import type { AnnotationInfo, AnnotationScope, FeatureStatus, IstioResource, Validator } from './types.js';
export interface EntryOptions {
    status?: FeatureStatus;
    deprecated?: {
        replacement?: string;
    };
    hidden?: boolean;
    validate?: Validator;
    /** Istio's injector rejects a bad value (validate.go). */
    injector?: boolean;
    /** Extra kube-inject scopes beyond those derived from `resources`. */
    scopes?: readonly AnnotationScope[];
    /** Defaults to `istio/api`. */
    origin?: AnnotationInfo['origin'];
}
export declare function entry(kind: 'annotation' | 'label', name: string, resources: readonly IstioResource[], description: string, o?: EntryOptions): AnnotationInfo;
