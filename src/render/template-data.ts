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
 *
 * The pod's metadata and spec are the *decoded* pod, as Istio's templates see it: keys that are
 * no Kubernetes field (`Annotations`, `Name`) are not there, so a Go-name lookup never finds a
 * user's key instead of the field the checks read (see `decodedStruct`).
 */
import { goFieldToJsonName } from '../gotemplate/index.js';
import { isMap, setOwn, type JsonMap } from '../model/values.js';
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

/** `.ObjectMeta` and `.Spec` of the (stripped) pod, as decoded: see `decodedStruct`. */
export function podView(pod: Pod): { ObjectMeta: JsonMap; Spec: JsonMap } {
  return {
    ObjectMeta: withZeroValuesInPlace(decodedStruct(pod.metadata), { annotations: {}, labels: {}, name: '', namespace: '' }),
    Spec: withZeroValuesInPlace(decodedStruct(pod.spec), { serviceAccountName: '', nodeName: '', containers: [], initContainers: [] }),
  };
}

/**
 * Fields of the pod's structs whose values are `map[string]…` (ObjectMeta, PodSpec, Container,
 * ResourceRequirements, LabelSelector, CSI and FlexVolume sources in k8s.io/api core/v1): their
 * keys are data, any spelling. (`options` is a map under `flexVolume` only.)
 */
const MAP_FIELDS = new Set(['annotations', 'labels', 'nodeSelector', 'overhead', 'limits', 'requests', 'matchLabels', 'volumeAttributes']);

/**
 * A key a Go field name reaches only through its JSON name. The field lookup templates use
 * (`goJsonFieldResolver`) tries the exact name (`.Annotations` → `Annotations`), then the JSON
 * name (`annotations`), then the name with its first letter lowered (`.HTTPGet` → `hTTPGet`);
 * a key of the first or last kind is no Kubernetes field (every JSON name of the pod's structs
 * is its Go name's JSON name), Kubernetes drops it, and kube-inject's checks never read it.
 */
function isJsonFieldName(key: string): boolean {
  let yes = jsonFieldNames.get(key);
  if (yes === undefined) {
    const c = key.charCodeAt(0);
    const goName = c >= 0x61 && c <= 0x7a ? key[0]!.toUpperCase() + key.slice(1) : key;
    yes = goFieldToJsonName(goName) === key;
    if (jsonFieldNames.size < 10000) jsonFieldNames.set(key, yes);
  }
  return yes;
}
const jsonFieldNames = new Map<string, boolean>();

/**
 * The pod's metadata or spec as Kubernetes decodes it into Go structs, as far as templates can
 * tell: a deep copy without the keys a Go-name lookup could find in place of a field
 * (`Annotations: {…}`, a container's `Name: istio-proxy`). Map-valued fields keep every key.
 */
function decodedStruct(v: unknown): JsonMap {
  const out: JsonMap = {};
  if (!isMap(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    if (!isJsonFieldName(k)) continue;
    setOwn(out, k, MAP_FIELDS.has(k) ? x : decodedValue(x, k));
  }
  return out;
}

function decodedValue(v: unknown, field: string): unknown {
  if (Array.isArray(v)) return v.map((x) => decodedValue(x, ''));
  if (!isMap(v)) return v;
  if (field === 'flexVolume') {
    const out = decodedStruct(v);
    if (Object.hasOwn(v, 'options')) out.options = v.options;
    return out;
  }
  return decodedStruct(v);
}

/** Istio's `InboundTrafficPolicyMode`: `localhost` or `passthrough`. */
export function inboundTrafficPolicyMode(mesh: JsonMap): string {
  const mode = isMap(mesh.inboundTrafficPolicy) ? mesh.inboundTrafficPolicy.mode : undefined;
  return mode === 'LOCALHOST' || mode === 1 ? 'localhost' : 'passthrough';
}
