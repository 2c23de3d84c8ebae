/**
 * Running the selected templates and overlaying each on the pod (Istio's `RunTemplate`): every
 * template's YAML is strategic-merged onto both the accumulated template pod (what was
 * injected, for the status annotation) and the pod itself.
 */
import { isMap } from '../model/values.js';
import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { strategicMerge } from '../merge/index.js';
import type { Template } from '../gotemplate/index.js';
import { NATIVE_SIDECAR_ANNOTATION, TEMPLATES_ANNOTATION } from '../istio/keys.js';
import { PROXY_CONTAINER } from '../istio/sidecar.js';
import { containersOf, findContainer, transferContainer } from './pod.js';
import type { Pod, PodSpec } from './pod.js';
import { loadRendered } from './rendered-yaml.js';

const TEMPLATES_POINTER = joinPointer('/metadata/annotations', TEMPLATES_ANNOTATION);

export interface TemplateSet {
  templates: Readonly<Record<string, Template>>;
  defaultTemplates: readonly string[];
  aliases: Readonly<Record<string, readonly string[]>>;
}

/** Template names for a pod: its annotation (comma-separated, trimmed) or the defaults; aliases expanded once. */
export function selectTemplates(set: TemplateSet, annotations: Readonly<Record<string, string>>): string[] {
  const requested = Object.hasOwn(annotations, TEMPLATES_ANNOTATION)
    ? annotations[TEMPLATES_ANNOTATION]!.split(',').map((s) => s.trim())
    : set.defaultTemplates;
  return requested.flatMap((n) => (Object.hasOwn(set.aliases, n) ? [...set.aliases[n]!] : [n]));
}

const hints = new WeakMap<Template, { lenient?: boolean }>();
function hintFor(t: Template): { lenient?: boolean } {
  let h = hints.get(t);
  if (!h) hints.set(t, (h = {}));
  return h;
}

function parseOverlay(name: string, text: string, hint: { lenient?: boolean }): Record<string, unknown> {
  let v: unknown;
  try {
    v = loadRendered(text, hint);
  } catch (e) {
    throw new KubeInjectError('template', `template ${JSON.stringify(name)} rendered invalid YAML: ${(e as Error).message}`, {}, { cause: e });
  }
  if (v === null || v === undefined) return {};
  if (!isMap(v)) throw new KubeInjectError('template', `template ${JSON.stringify(name)} did not render a mapping`);
  return v;
}

/**
 * A merge error names a field of the template's output, which the user cannot see: it is
 * reported against the template. One about the pod's own list element (a container without a
 * name) keeps its pointer into the pod.
 */
function mergeOverlay(name: string, pod: Pod, overlay: Record<string, unknown>, isPod: boolean): Pod {
  try {
    return strategicMerge(pod, overlay) as Pod;
  } catch (e) {
    if (!(e instanceof KubeInjectError) || e.code !== 'merge') throw e;
    if (isPod && /^(element of the original list|list of scalars holds)/.test(e.message)) throw e;
    throw new KubeInjectError('template', `the output of template ${JSON.stringify(name)} cannot be merged onto the pod: ${e.message} (at ${e.position.pointer ?? '/'} of the output)`, {}, { cause: e });
  }
}

export interface RenderResult {
  merged: Pod;
  templateSpec: PodSpec;
}

/**
 * @param nativeFlag the configured native sidecar mode; the pod's
 *   `sidecar.istio.io/nativeSidecar` annotation (`true`/`false`) wins over it.
 */
export function renderAndMerge(set: TemplateSet, pod: Pod, data: unknown, nativeFlag: boolean): RenderResult {
  const annotations = pod.metadata.annotations ?? {};
  const names = selectTemplates(set, annotations);
  const fromAnnotation = Object.hasOwn(annotations, TEMPLATES_ANNOTATION);
  let merged: Pod = pod;
  let templatePod: Pod = { metadata: {}, spec: {} };
  let copied = false;
  for (const name of names) {
    const tpl = Object.hasOwn(set.templates, name) ? set.templates[name] : undefined;
    if (!tpl) {
      const known = Object.keys(set.templates).sort().join(', ');
      throw new KubeInjectError('template', `requested template ${JSON.stringify(name)} not found; have ${known}`, fromAnnotation ? { pointer: TEMPLATES_POINTER, at: 'value' } : {});
    }
    const overlay = parseOverlay(name, tpl.execute(data), hintFor(tpl));
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
  merged.metadata ??= {};
  merged.spec ??= {};
  return { merged, templateSpec: templatePod.spec ?? {} };
}
