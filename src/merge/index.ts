/**
 * Kubernetes strategic merge patch, as Istio's injector applies its rendered template to a pod
 * (`applyOverlay` / `applyOverlayYAML` in istio `pkg/kube/inject/webhook.go`, which call
 * apimachinery `strategicpatch` with the schema of `corev1.Pod`).
 *
 * What the CALLER still has to do to match Istio:
 * - Istio merges `corev1.Pod`-shaped objects; pass a pod (or a pod template: `metadata`+`spec`).
 * - Istio round-trips through Go structs, which drops unknown fields and empty values and writes
 *   fields in struct order (map keys sorted); this function keeps the original's keys in their
 *   order and appends new ones. Known limit: JS objects put integer-like keys ("80") first.
 * - Container order: after merging, Istio's `reorderPod` moves `istio-proxy` last (first with
 *   holdApplicationUntilProxyStarts) and orders `istio-validation`/`istio-init`. Not done here.
 * - `reinsertOverrides` / moving istio-proxy between containers and initContainers for native
 *   sidecars happen around the merge, not in it.
 */
import { MergeError } from './errors.js';
import { mergeError } from './merge-list.js';
import { mergeMaps } from './merge-map.js';
import { podMergeSchema } from './schema.js';
import type { MergeSchema } from './schema.js';
import { isMap } from '../model/values.js';
import { kindOf } from './values.js';

export { MergeError } from './errors.js';
export { podMergeSchema } from './schema.js';
export type { ListMergeRule, MergeSchema } from './schema.js';

/**
 * Applies `patch` to `original` with strategic-merge-patch semantics and returns a new value;
 * neither input is modified and the result shares no object with them but frozen ones (which
 * nobody can change: a template's output, src/model/frozen.ts).
 *
 * - maps merge key by key; `null` in the patch deletes the key;
 * - lists in `schema` merge element by element (by merge key, or as a set of scalars); any other
 *   list is replaced by the patch's list;
 * - merged list order follows k8s (see `order.ts`): patch items in patch order, original-only
 *   items in original order, and a NEW patch item goes before the remaining original-only items;
 * - directives: `$patch: replace|delete` (map or list element), `$retainKeys`,
 *   `$setElementOrder/<field>`, `$deleteFromPrimitiveList/<field>`.
 *
 * @throws MergeError (code `'merge'`): `position.pointer` is the JSON pointer of the offending
 *   field, in the patch or (`input: 'original'`) in the original.
 */
export function strategicMerge(original: unknown, patch: unknown, schema: MergeSchema = podMergeSchema): unknown {
  if (!isMap(patch)) throw mergeError(`a patch must be a map, got a ${kindOf(patch)}`, '');
  const base = original === undefined || original === null ? {} : original;
  if (!isMap(base)) throw new MergeError(`cannot patch a ${kindOf(base)}; expected a map`, '', 'original');
  return mergeMaps(base, patch, { path: '', ptr: '', origPtr: '' }, schema);
}
