/**
 * Istio's analyzers' own idea of "in the mesh" (`util.DeploymentInMesh` / `PodInMesh`), which
 * differs from the injector's policy: a pod is in the mesh when it already has an istio-proxy
 * container with an image, else when its `sidecar.istio.io/inject` label (then annotation) is
 * "true", else when its Namespace, present in the input, has `istio-injection=enabled`. With no
 * such Namespace in the input, it is not.
 */
import { INJECT_KEY } from '../istio/keys.js';
import { PROXY_CONTAINER } from '../istio/sidecar.js';
import { isMap } from '../model/values.js';
import type { IndexedObject, IndexedWorkload, LintIndex } from './mesh-index.js';
import { labelValue } from './selector.js';

export const INJECTION_LABEL = 'istio-injection';

export function inMeshForIstio(w: IndexedWorkload, index: LintIndex): boolean {
  const fields = w.kind === 'Pod' ? ['containers', 'initContainers'] : ['containers'];
  for (const f of fields) {
    const list = w.podSpec[f];
    if (!Array.isArray(list)) continue;
    const proxy = list.find((c) => isMap(c) && c.name === PROXY_CONTAINER);
    if (proxy) {
      if (typeof proxy.image === 'string' && proxy.image !== '') return true;
      break; // Istio looks at the first istio-proxy only
    }
  }
  for (const meta of [w.podLabels, w.podAnnotations]) {
    if (Object.hasOwn(meta, INJECT_KEY)) return labelValue(meta[INJECT_KEY]) === 'true';
  }
  const ns = index.namespaces.get(w.namespace);
  return ns !== undefined && namespaceLabel(ns, INJECTION_LABEL) === 'enabled';
}

export function namespaceLabel(ns: IndexedObject, key: string): string | undefined {
  return Object.hasOwn(ns.labels, key) ? ns.labels[key] : undefined;
}
