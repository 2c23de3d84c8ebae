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
import { isMap, type JsonMap } from '../model/values.js';
import type { Pod } from '../model/pod.js';
import { protoJsonFields } from './proxy-config-json.js';

export interface TemplateData {
  TypeMeta: { Kind: string; APIVersion: string };
  DeploymentMeta: { Name: string; Namespace: string };
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

/** A shallow copy of `obj` with `zeros` added as hidden own properties where `obj` has no key. */
function withZeroValues(obj: unknown, zeros: Readonly<Record<string, unknown>>): JsonMap {
  return withZeroValuesInPlace(isMap(obj) ? { ...obj } : {}, zeros);
}

function withZeroValuesInPlace(out: JsonMap, zeros: Readonly<Record<string, unknown>>): JsonMap {
  for (const [k, v] of Object.entries(zeros)) {
    if (Object.hasOwn(out, k)) continue;
    Object.defineProperty(out, k, { value: v, enumerable: false, writable: true, configurable: true });
  }
  return out;
}

/**
 * The ProxyConfig as templates see it: every field readable (plus Go zero values), but only
 * what Istio's `protoToJSON` writes is enumerable (fields at Istio's defaults and protobuf zero
 * values are hidden), in protobuf order, so any JSON writer gives Istio's PROXY_CONFIG.
 */
export function proxyConfigView(pc: JsonMap): JsonMap {
  const out: JsonMap = {};
  for (const [key, value, written] of protoJsonFields(pc)) {
    Object.defineProperty(out, key, { value, enumerable: written, writable: true, configurable: true });
  }
  return withZeroValuesInPlace(out, { interceptionMode: 'REDIRECT', proxyMetadata: {}, discoveryAddress: '', statusPort: 0, meshId: '' });
}

export function meshConfigView(mesh: JsonMap): JsonMap {
  return withZeroValues(mesh, { trustDomain: '', proxyListenPort: 0, proxyInboundListenPort: 0 });
}

/** `.ObjectMeta` and `.Spec` of the (stripped) pod. */
export function podView(pod: Pod): { ObjectMeta: JsonMap; Spec: JsonMap } {
  return {
    ObjectMeta: withZeroValues(pod.metadata, { annotations: {}, labels: {}, name: '', namespace: '' }),
    Spec: withZeroValues(pod.spec, { serviceAccountName: '', nodeName: '', containers: [], initContainers: [] }),
  };
}

/** Istio's `InboundTrafficPolicyMode`: `localhost` or `passthrough`. */
export function inboundTrafficPolicyMode(mesh: JsonMap): string {
  const mode = isMap(mesh.inboundTrafficPolicy) ? mesh.inboundTrafficPolicy.mode : undefined;
  return mode === 'LOCALHOST' || mode === 1 ? 'localhost' : 'passthrough';
}
