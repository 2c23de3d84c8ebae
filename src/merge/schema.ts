/**
 * Which lists of a Pod merge element by element, and by which key.
 *
 * Facts come from the Go struct tags `patchStrategy:"merge" patchMergeKey:"…"` in
 * kubernetes/api `core/v1/types.go` (structs `PodSpec`, `Container`, `EphemeralContainerCommon`)
 * and kubernetes/apimachinery `pkg/apis/meta/v1/types.go` (`ObjectMeta`), read at
 * kubernetes/api@10b39a39 and kubernetes/apimachinery@eed236ce. `strategicpatch` looks these tags
 * up through `NewPatchMetaFromStruct(corev1.Pod{})`, which is what Istio's `applyOverlay` uses.
 *
 * A list that is not in the table is REPLACED by the patch's list, as in k8s. Notably without
 * tags (so replaced): `spec.tolerations`, `spec.readinessGates`, `spec.dnsConfig.*`, container
 * `args`/`command`/`envFrom`/`resizePolicy`/`resources.claims`, every list inside `affinity`.
 */

/** How one list field merges. */
export interface ListMergeRule {
  /** Field that identifies an element. Absent: a list of scalars, merged as a set. */
  readonly mergeKey?: string;
  /** Where the fact comes from. */
  readonly source: string;
}

/**
 * Keys are schema paths: field names joined by `.`, with `[]` after a list's name for its
 * elements, e.g. `spec.containers[].env`. Paths are relative to the object being merged.
 */
export type MergeSchema = Readonly<Record<string, ListMergeRule>>;

const CORE = 'k8s.io/api core/v1/types.go';
const META = 'k8s.io/apimachinery pkg/apis/meta/v1/types.go';

/** Lists inside a container (`Container`; `EphemeralContainerCommon` has the same tags). */
function containerRules(prefix: string, struct: string): Record<string, ListMergeRule> {
  return {
    [`${prefix}[].ports`]: { mergeKey: 'containerPort', source: `${CORE} ${struct}.Ports` },
    [`${prefix}[].env`]: { mergeKey: 'name', source: `${CORE} ${struct}.Env` },
    [`${prefix}[].volumeMounts`]: { mergeKey: 'mountPath', source: `${CORE} ${struct}.VolumeMounts` },
    [`${prefix}[].volumeDevices`]: { mergeKey: 'devicePath', source: `${CORE} ${struct}.VolumeDevices` },
  };
}

/** Merge rules of a `Pod` (or a pod template: it has the same `metadata` + `spec`). */
export const podMergeSchema: MergeSchema = Object.freeze({
  'metadata.ownerReferences': { mergeKey: 'uid', source: `${META} ObjectMeta.OwnerReferences` },
  'metadata.finalizers': { source: `${META} ObjectMeta.Finalizers (scalars, merge)` },
  'spec.containers': { mergeKey: 'name', source: `${CORE} PodSpec.Containers` },
  ...containerRules('spec.containers', 'Container'),
  'spec.initContainers': { mergeKey: 'name', source: `${CORE} PodSpec.InitContainers` },
  ...containerRules('spec.initContainers', 'Container'),
  'spec.ephemeralContainers': { mergeKey: 'name', source: `${CORE} PodSpec.EphemeralContainers` },
  ...containerRules('spec.ephemeralContainers', 'EphemeralContainerCommon'),
  // patchStrategy "merge,retainKeys": elements merge by name and may carry `$retainKeys`.
  'spec.volumes': { mergeKey: 'name', source: `${CORE} PodSpec.Volumes (merge,retainKeys)` },
  'spec.imagePullSecrets': { mergeKey: 'name', source: `${CORE} PodSpec.ImagePullSecrets` },
  'spec.hostAliases': { mergeKey: 'ip', source: `${CORE} PodSpec.HostAliases` },
  'spec.topologySpreadConstraints': {
    mergeKey: 'topologyKey',
    source: `${CORE} PodSpec.TopologySpreadConstraints`,
  },
  'spec.schedulingGates': { mergeKey: 'name', source: `${CORE} PodSpec.SchedulingGates` },
  'spec.resourceClaims': { mergeKey: 'name', source: `${CORE} PodSpec.ResourceClaims (merge,retainKeys)` },
});

/** Schema path of a map's field. */
export function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

/** Schema path of a list's elements. */
export function elementPath(path: string): string {
  return `${path}[]`;
}
