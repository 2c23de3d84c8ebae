import { type JsonMap } from '../model/values.js';
import type { Pod } from '../model/pod.js';
export interface TemplateData {
    TypeMeta: {
        Kind: string;
        APIVersion: string;
    };
    DeploymentMeta: {
        Name: string;
        Namespace: string;
    };
    ObjectMeta: JsonMap;
    Spec: JsonMap;
    ProxyConfig: JsonMap;
    MeshConfig: JsonMap;
    Values: Record<string, unknown>;
    Revision: string;
    NativeSidecars: boolean;
    ProxyImage: string;
    ProxyInitImage: string;
    /** Go int64s: written as integers however large (a JS number would print as a float64). */
    ProxyUID: bigint;
    ProxyGID: bigint;
    InboundTrafficPolicyMode: string;
    CompliancePolicy: string;
}
/**
 * The ProxyConfig as templates see it: every field readable (plus Go zero values), but only
 * what Istio's `protoToJSON` writes is enumerable (fields at Istio's defaults and protobuf zero
 * values are hidden), in protobuf order, so any JSON writer gives Istio's PROXY_CONFIG.
 */
export declare function proxyConfigView(pc: JsonMap): JsonMap;
export declare function meshConfigView(mesh: JsonMap): JsonMap;
/** `.ObjectMeta` and `.Spec` of the (stripped) pod, as decoded: see `decodedStruct`. */
export declare function podView(pod: Pod): {
    ObjectMeta: JsonMap;
    Spec: JsonMap;
};
/** Istio's `InboundTrafficPolicyMode`: `localhost` or `passthrough`. */
export declare function inboundTrafficPolicyMode(mesh: JsonMap): string;
