/**
 * What `istioctl analyze` looks at at all. Reading files, it drops every object of the namespaces
 * the injector ignores (kube-system, kube-public, kube-node-lease, local-path-storage), and a
 * Namespace object of that name, before any analyzer runs. Its Service analyzers also skip the
 * control plane's own Services (a label `istio`, or `release: istio`).
 */
import { IGNORED_NAMESPACES } from '../istio/policy.js';
import type { IndexedObject } from './mesh-index.js';

export function isAnalyzedByIstio(obj: IndexedObject): boolean {
  return !IGNORED_NAMESPACES.has(obj.kind === 'Namespace' ? obj.name : obj.namespace);
}

/** Istio's `IsIstioControlPlane`: a label `istio` (any value) or `release: istio`. */
export function isIstioControlPlane(obj: IndexedObject): boolean {
  return Object.hasOwn(obj.labels, 'istio') || obj.labels.release === 'istio';
}
