import type { IndexedWorkload } from './mesh-index.js';
interface PodContainer {
    readonly container: Readonly<Record<string, unknown>>;
    readonly name: string;
    /** Pointer of the container entry inside the document. */
    readonly pointer: string;
    readonly init: boolean;
}
/** `containers` then `initContainers` of a pod spec. */
export declare function containersOf(w: IndexedWorkload): PodContainer[];
/** The app's own containers (not the ones Istio injects). */
export declare function appContainersOf(w: IndexedWorkload): PodContainer[];
/**
 * Why the injector would leave the pod alone, under the default (`enabled`) policy: host
 * networking, an excluded namespace, or `sidecar.istio.io/inject: "false"`. Undefined when the
 * pod takes a sidecar.
 */
export declare function optOutReason(w: IndexedWorkload, o?: {
    ignoreHostNetwork?: boolean;
}): string | undefined;
/** Pointer of the pod template's metadata field `field` (`labels`, `annotations`). */
export declare function podMetaPointer(w: IndexedWorkload, field: string, key?: string): string;
export {};
