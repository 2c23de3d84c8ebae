/**
 * The data templates execute with (Istio's `SidecarTemplateData`). Fields are Go-named at the
 * top level; below that the values are the JSON forms (pod metadata and spec as in the
 * manifest, ProxyConfig and MeshConfig as proto JSON), which `goJsonFieldResolver` reads with
 * Go field names (`.Spec.ServiceAccountName` → `serviceAccountName`).
 *
 * Go structs have typed zero values where JSON has nothing: `.Spec.ServiceAccountName` is `""`
 * (so `eq .Spec.ServiceAccountName ""` holds), `.ProxyConfig.InterceptionMode` is `REDIRECT`,
 * a nil `map[string]string` indexes to `""`. Those zero values are added as NON-ENUMERABLE own
 * properties: field access sees them, while serialisation (`toJSON`, `protoToJSON`, `toYaml`)
 * and `range` do not — as Go's `omitempty` and protojson leave zero values out.
 */
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
/** `.ObjectMeta` and `.Spec` of the (stripped) pod. */
export declare function podView(pod: Pod): {
    ObjectMeta: JsonMap;
    Spec: JsonMap;
};
/** Istio's `InboundTrafficPolicyMode`: `localhost` or `passthrough`. */
export declare function inboundTrafficPolicyMode(mesh: JsonMap): string;
