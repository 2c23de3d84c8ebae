/** Pod-spec helpers shared by the rules. */
import { joinPointer } from '../model/pointer.js';
import { compilePolicy, skipReason } from '../istio/policy.js';
import { INJECTED_CONTAINERS } from '../istio/sidecar.js';
import { labelMap } from './selector.js';
import { isMap } from '../model/values.js';
import type { IndexedWorkload } from './mesh-index.js';

interface PodContainer {
  readonly container: Readonly<Record<string, unknown>>;
  readonly name: string;
  /** Pointer of the container entry inside the document. */
  readonly pointer: string;
  readonly init: boolean;
}

/** `containers` then `initContainers` of a pod spec. */
export function containersOf(w: IndexedWorkload): PodContainer[] {
  const out: PodContainer[] = [];
  for (const field of ['containers', 'initContainers'] as const) {
    const list = w.podSpec[field];
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isMap(c)) return;
      out.push({
        container: c,
        name: typeof c.name === 'string' ? c.name : '',
        pointer: joinPointer(w.templatePointer, 'spec', field, i),
        init: field === 'initContainers',
      });
    });
  }
  return out;
}

/** The app's own containers (not the ones Istio injects). */
export function appContainersOf(w: IndexedWorkload): PodContainer[] {
  return containersOf(w).filter((c) => !INJECTED_CONTAINERS.has(c.name));
}

const ENABLED = compilePolicy('enabled', [], []).compiled;

/**
 * Why the injector would leave the pod alone, under the default (`enabled`) policy: host
 * networking, an excluded namespace, or `sidecar.istio.io/inject: "false"`. Undefined when the
 * pod takes a sidecar.
 */
export function optOutReason(w: IndexedWorkload, o: { ignoreHostNetwork?: boolean } = {}): string | undefined {
  return skipReason(ENABLED, {
    hostNetwork: !o.ignoreHostNetwork && w.podSpec.hostNetwork === true,
    namespace: w.namespace,
    labels: { ...w.podLabels },
    annotations: labelMap(w.podAnnotations),
  });
}

/** Pointer of the pod template's metadata field `field` (`labels`, `annotations`). */
export function podMetaPointer(w: IndexedWorkload, field: string, key?: string): string {
  const base = joinPointer(w.templatePointer, 'metadata', field);
  return key === undefined ? base : joinPointer(base, key);
}
