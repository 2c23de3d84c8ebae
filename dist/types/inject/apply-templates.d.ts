import { MergeError } from '../merge/index.js';
import { KubeInjectError } from '../model/errors.js';
import { type Pod, type PodSpec } from '../model/pod.js';
import { type TemplateSet } from '../render/index.js';
/**
 * How a merge error of template `name` is reported. It names a field of the template's output,
 * which the user cannot see, so it becomes a `template` error about the template; one about the
 * pod's own data (`input: 'original'`, a container without a name) keeps its pointer into the
 * pod when the pod was the original.
 */
export declare function reportMergeError(name: string, e: MergeError, ontoPod: boolean): KubeInjectError;
interface RenderResult {
    merged: Pod;
    templateSpec: PodSpec;
}
/**
 * @param nativeFlag the configured native sidecar mode; the pod's
 *   `sidecar.istio.io/nativeSidecar` annotation (`true`/`false`) wins over it.
 */
export declare function renderAndMerge(set: TemplateSet, pod: Pod, data: unknown, nativeFlag: boolean): RenderResult;
export {};
