import type { JsonObject, Pod } from './pod.js';
export interface TemplateData {
    TypeMeta: {
        Kind: string;
        APIVersion: string;
    };
    DeploymentMeta: {
        Name: string;
        Namespace: string;
    };
    ObjectMeta: JsonObject;
    Spec: JsonObject;
    ProxyConfig: JsonObject;
    MeshConfig: JsonObject;
    Values: Record<string, unknown>;
    Revision: string;
    NativeSidecars: boolean;
    ProxyImage: string;
    ProxyInitImage: string;
    ProxyUID: number;
    ProxyGID: number;
    InboundTrafficPolicyMode: string;
    CompliancePolicy: string;
}
/** A shallow copy of `obj` with `zeros` added as hidden own properties where `obj` has no key. */
export declare function withZeroValues(obj: unknown, zeros: Readonly<Record<string, unknown>>): JsonObject;
/**
 * The ProxyConfig as templates see it: every field readable (plus Go zero values), but only
 * what Istio's `protoToJSON` writes is enumerable (fields at Istio's defaults and protobuf zero
 * values are hidden), in protobuf order, so any JSON writer gives Istio's PROXY_CONFIG.
 */
export declare function proxyConfigView(pc: JsonObject): JsonObject;
export declare function meshConfigView(mesh: JsonObject): JsonObject;
/** `.ObjectMeta` and `.Spec` of the (stripped) pod. */
export declare function podView(pod: Pod): {
    ObjectMeta: JsonObject;
    Spec: JsonObject;
};
/** Istio's `InboundTrafficPolicyMode`: `localhost` or `passthrough`. */
export declare function inboundTrafficPolicyMode(mesh: JsonObject): string;
