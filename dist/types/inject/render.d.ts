import type { Template } from '../gotemplate/index.js';
import type { Pod, PodSpec } from './pod.js';
export declare const TEMPLATES_ANNOTATION = "inject.istio.io/templates";
export declare const NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar";
export interface TemplateSet {
    templates: Readonly<Record<string, Template>>;
    defaultTemplates: readonly string[];
    aliases: Readonly<Record<string, readonly string[]>>;
}
/** Template names for a pod: its annotation (comma-separated, trimmed) or the defaults; aliases expanded once. */
export declare function selectTemplates(set: TemplateSet, annotations: Readonly<Record<string, string>>): string[];
export interface RenderResult {
    merged: Pod;
    templateSpec: PodSpec;
}
/**
 * @param nativeFlag the configured native sidecar mode; the pod's
 *   `sidecar.istio.io/nativeSidecar` annotation (`true`/`false`) wins over it.
 */
export declare function renderAndMerge(set: TemplateSet, pod: Pod, data: unknown, nativeFlag: boolean): RenderResult;
