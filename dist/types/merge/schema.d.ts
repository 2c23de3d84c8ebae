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
/** Merge rules of a `Pod` (or a pod template: it has the same `metadata` + `spec`). */
export declare const podMergeSchema: MergeSchema;
/** Schema path of a map's field. */
export declare function fieldPath(path: string, key: string): string;
/** Schema path of a list's elements. */
export declare function elementPath(path: string): string;
