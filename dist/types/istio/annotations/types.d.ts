/**
 * Types of the Istio annotation/label registry. Facts come from istio/api
 * `annotation/annotations.yaml`, `label/labels.yaml` and istio/istio `pkg/kube/inject/validate.go`.
 */
/** Checks a value; returns a message (no annotation name, no value) or null when the value is fine. */
export type Validator = (value: string) => string | null;
/** Resource kinds exactly as istio/api names them in `resources:`. */
export type IstioResource = 'Any' | 'AuthorizationPolicy' | 'Deployment' | 'Gateway' | 'GatewayClass' | 'HorizontalPodAutoscaler' | 'Ingress' | 'MutatingWebhookConfiguration' | 'Namespace' | 'Node' | 'Pod' | 'PodDisruptionBudget' | 'Service' | 'ServiceAccount' | 'ServiceEntry' | 'WorkloadEntry';
/**
 * Where kube-inject considers the key valid: `pod` = pod (template) metadata, `workload` =
 * metadata of the workload object itself (Deployment, StatefulSet …), `service`, `namespace`,
 * `any` = every object, `other` = only resources kube-inject does not place (Gateway, WorkloadEntry …).
 */
export type AnnotationScope = 'pod' | 'workload' | 'service' | 'namespace' | 'any' | 'other';
export type FeatureStatus = 'Alpha' | 'Beta' | 'Stable';
export interface AnnotationInfo {
    /** Full key, e.g. `traffic.sidecar.istio.io/includeOutboundIPRanges`. */
    readonly name: string;
    readonly kind: 'annotation' | 'label';
    /** One line: what it does. */
    readonly description: string;
    /** Resource kinds as istio/api lists them (drives Istio's IST0107 "misplaced" message). */
    readonly resources: readonly IstioResource[];
    /** The same, mapped to kube-inject's places. */
    readonly scopes: readonly AnnotationScope[];
    readonly featureStatus?: FeatureStatus;
    /** Present when deprecated; `replacement` names the key to use instead, when there is one. */
    readonly deprecated?: {
        readonly replacement?: string;
    };
    /** Hidden from Istio's docs (set by controllers, internal). */
    readonly hidden?: boolean;
    /** Checks the value, if kube-inject knows how. */
    readonly validate?: Validator;
    /**
     * True when Istio's injector (validate.go) rejects the pod for a bad value; false when only
     * kube-inject's linter checks the value (Istio would ignore or fall back silently).
     */
    readonly injectorValidated: boolean;
    /**
     * Where the key is defined: istio/api's tables, only Istio's code (`istio/istio`, not yet in
     * istio/api), or kube-inject itself.
     */
    readonly origin: 'istio/api' | 'istio/istio' | 'kube-inject';
}
export interface AnnotationProblem {
    annotation: string;
    value: string;
    message: string;
}
