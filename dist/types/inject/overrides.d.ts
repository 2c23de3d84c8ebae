import type { Container, Pod, PodSpec } from '../model/pod.js';
import type { InjectionStatus } from './status/record.js';
/** An `image: auto` in a custom container means "keep the injected image". */
export declare const AUTO_IMAGE = "auto";
interface Overrides {
    containers: Container[];
    initContainers: Container[];
}
export declare function parseOverrides(annotations: Readonly<Record<string, string>>): Overrides;
/** Istio's `reinsertOverrides`: recorded custom containers the pod no longer has come back. */
export declare function reinsertOverrides(pod: Pod): Pod;
/**
 * Istio's `reapplyOverwrittenContainers`. `merged` may be modified in place (it is the
 * engine's own copy); the result is the pod to continue with.
 */
export declare function reapplyOverrides(merged: Pod, original: Pod, templateSpec: PodSpec, status: InjectionStatus | undefined, tproxyInMesh: boolean): Pod;
export {};
