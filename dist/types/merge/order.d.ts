/**
 * Element order of a merged list, as k8s `strategicpatch` computes it (`mergeSlice` →
 * `normalizeElementOrder` → `mergeSortedSlice` in apimachinery `pkg/util/strategicpatch/patch.go`):
 *
 * - "patch items" (elements whose identity appears in the patch list, or in its
 *   `$setElementOrder` list) are put in patch order;
 * - "server-only items" keep the original's order;
 * - the two runs are interleaved: a server-only item goes first only if both it and the next
 *   patch item are in the original and it came earlier there. A patch item that is new is
 *   therefore placed BEFORE the remaining server-only items.
 *
 * So original `[app]` + patch `[istio-proxy]` gives `[istio-proxy, app]`, and original
 * `[data]` volumes + the template's volumes gives the template's volumes then `data` — which
 * is what Istio's goldens show for volumes (e.g. statefulset.yaml.injected). Containers end up
 * app-first only because Istio's `reorderPod` then moves `istio-proxy` last (or first with
 * holdApplicationUntilProxyStarts) and sorts the init containers; that belongs to the caller.
 */
/**
 * @param merged elements after merging, as `identity` sees them
 * @param patchOrder identities in the order the patch wants (patch list or `$setElementOrder`)
 * @param serverOrder identities of the original list (after `$patch: delete` removals)
 */
export declare function orderMerged<T>(merged: readonly T[], identity: (item: T) => unknown, patchOrder: readonly unknown[], serverOrder: readonly unknown[]): T[];
