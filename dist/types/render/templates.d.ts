/**
 * Templates + data → overlays: which templates a pod asks for, and what one of them renders,
 * parsed (Istio's `RunTemplate` up to the merge). Errors are `template` errors: a template the
 * pod asks for that does not exist (pointing at the pod's annotation), or output that is not a
 * YAML mapping.
 */
import type { Template } from '../gotemplate/index.js';
import { type JsonMap } from '../model/values.js';
export interface TemplateSet {
    templates: Readonly<Record<string, Template>>;
    defaultTemplates: readonly string[];
    aliases: Readonly<Record<string, readonly string[]>>;
}
/** Template names for a pod: its annotation (comma-separated, trimmed as Go trims) or the defaults; aliases expanded once. */
export declare function selectTemplates(set: TemplateSet, annotations: Readonly<Record<string, string>>): string[];
/**
 * The overlay template `name` renders for `data`: a mapping (`{}` for empty output).
 * @param annotations the pod's annotations, to say whether the name came from them
 */
export declare function renderOverlay(set: TemplateSet, name: string, data: unknown, annotations: Readonly<Record<string, string>>): JsonMap;
