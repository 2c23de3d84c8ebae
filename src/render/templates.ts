/**
 * Templates + data → overlays: which templates a pod asks for, and what one of them renders,
 * parsed (Istio's `RunTemplate` up to the merge). Errors are `template` errors: a template the
 * pod asks for that does not exist (pointing at the pod's annotation), or output that is not a
 * YAML mapping.
 */
import type { Template } from '../gotemplate/index.js';
import { goTrimSpace } from '../istio/annotations/go-parse.js';
import { TEMPLATES_ANNOTATION } from '../istio/keys.js';
import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { isMap, type JsonMap } from '../model/values.js';
import { loadRendered, type RenderHint } from './rendered-yaml.js';

const TEMPLATES_POINTER = joinPointer('/metadata/annotations', TEMPLATES_ANNOTATION);

export interface TemplateSet {
  templates: Readonly<Record<string, Template>>;
  defaultTemplates: readonly string[];
  aliases: Readonly<Record<string, readonly string[]>>;
}

/** Template names for a pod: its annotation (comma-separated, trimmed as Go trims) or the defaults; aliases expanded once. */
export function selectTemplates(set: TemplateSet, annotations: Readonly<Record<string, string>>): string[] {
  const requested = Object.hasOwn(annotations, TEMPLATES_ANNOTATION)
    ? annotations[TEMPLATES_ANNOTATION]!.split(',').map(goTrimSpace)
    : set.defaultTemplates;
  return requested.flatMap((n) => (Object.hasOwn(set.aliases, n) ? [...set.aliases[n]!] : [n]));
}

const hints = new WeakMap<Template, RenderHint>();
function hintFor(t: Template): RenderHint {
  let h = hints.get(t);
  if (!h) hints.set(t, (h = {}));
  return h;
}

/**
 * The overlay template `name` renders for `data`: a mapping (`{}` for empty output).
 * @param annotations the pod's annotations, to say whether the name came from them
 */
export function renderOverlay(set: TemplateSet, name: string, data: unknown, annotations: Readonly<Record<string, string>>): JsonMap {
  const tpl = Object.hasOwn(set.templates, name) ? set.templates[name] : undefined;
  if (!tpl) {
    const known = Object.keys(set.templates).sort().join(', ');
    const where = Object.hasOwn(annotations, TEMPLATES_ANNOTATION) ? { pointer: TEMPLATES_POINTER, at: 'value' as const } : {};
    throw new KubeInjectError('template', `requested template ${JSON.stringify(name)} not found; have ${known}`, where);
  }
  return parseOverlay(name, tpl.execute(data), hintFor(tpl));
}

function parseOverlay(name: string, text: string, hint: RenderHint): JsonMap {
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
