/**
 * Overlaying the pod's templates (Istio's `RunTemplate`): every template's output is
 * strategic-merged onto both the accumulated template pod (what was injected, for the status
 * annotation) and the pod itself; a native sidecar moves a user's istio-proxy to the init
 * containers first.
 */
import { NATIVE_SIDECAR_ANNOTATION } from '../istio/keys.js';
import { PROXY_CONTAINER } from '../istio/sidecar.js';
import { MergeError, strategicMerge } from '../merge/index.js';
import { KubeInjectError } from '../model/errors.js';
import { containersOf, findContainer, transferContainer, type Pod, type PodSpec } from '../model/pod.js';
import { isFrozenObject } from '../model/frozen.js';
import type { JsonMap } from '../model/values.js';
import { renderOverlay, selectTemplates, type TemplateSet } from '../render/index.js';

/**
 * How a merge error of template `name` is reported. It names a field of the template's output,
 * which the user cannot see, so it becomes a `template` error about the template; one about the
 * pod's own data (`input: 'original'`, a container without a name) keeps its pointer into the
 * pod when the pod was the original.
 */
export function reportMergeError(name: string, e: MergeError, ontoPod: boolean): KubeInjectError {
  if (ontoPod && e.input === 'original') return e;
  return new KubeInjectError('template', `the output of template ${JSON.stringify(name)} cannot be merged onto the pod: ${e.message} (at ${e.position.pointer ?? '/'} of the output)`, {}, { cause: e });
}

function mergeOverlay(name: string, pod: Pod, overlay: JsonMap, ontoPod: boolean): Pod {
  try {
    return strategicMerge(pod, overlay) as Pod;
  } catch (e) {
    throw e instanceof MergeError ? reportMergeError(name, e, ontoPod) : e;
  }
}

interface RenderResult {
  merged: Pod;
  templateSpec: PodSpec;
}

/**
 * @param nativeFlag the configured native sidecar mode; the pod's
 *   `sidecar.istio.io/nativeSidecar` annotation (`true`/`false`) wins over it.
 */
export function renderAndMerge(set: TemplateSet, pod: Pod, data: unknown, nativeFlag: boolean): RenderResult {
  const annotations = pod.metadata.annotations ?? {};
  let merged: Pod = pod;
  let templatePod: Pod = { metadata: {}, spec: {} };
  let copied = false;
  for (const name of selectTemplates(set, annotations)) {
    const overlay = renderOverlay(set, name, data, annotations);
    templatePod = mergeOverlay(name, templatePod, overlay, false);
    const nativeAnno = merged.metadata?.annotations?.[NATIVE_SIDECAR_ANNOTATION];
    const native = nativeAnno === 'true' ? true : nativeAnno === 'false' ? false : nativeFlag;
    if (
      native &&
      findContainer(PROXY_CONTAINER, containersOf(templatePod.spec?.initContainers)) &&
      findContainer(PROXY_CONTAINER, containersOf(merged.spec?.containers))
    ) {
      const [containers, initContainers] = transferContainer(containersOf(merged.spec.containers), containersOf(merged.spec.initContainers), PROXY_CONTAINER);
      merged = { metadata: merged.metadata, spec: { ...merged.spec, containers, initContainers } };
    }
    merged = mergeOverlay(name, merged, overlay, true);
    copied = true;
  }
  if (!copied) merged = structuredClone(pod);
  return { merged: workingCopy(merged), templateSpec: templatePod.spec ?? {} };
}

/**
 * The merged pod made ready for post-processing, which works in place on the pod, its spec and
 * metadata, and their containers. The merge shares what it took unchanged from a template's
 * output, which is frozen (`render/rendered-reuse.ts`); those levels are copied here, and what
 * lies below them stays shared and frozen (an edit there would throw, not leak into another pod).
 */
function workingCopy(pod: Pod): Pod {
  const spec: PodSpec = { ...(pod.spec ?? {}) };
  for (const key of ['containers', 'initContainers'] as const) {
    const list = spec[key];
    if (Array.isArray(list)) spec[key] = list.map((c) => (isFrozenObject(c) ? { ...c } : c));
  }
  return { ...pod, metadata: { ...(pod.metadata ?? {}) }, spec };
}
