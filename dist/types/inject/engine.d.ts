import type { Prepared } from './prepare.js';
import type { PodInjectionRequest, PodInjectionResult } from './types.js';
export declare function injectPod(p: Prepared, req: PodInjectionRequest): PodInjectionResult;
/**
 * The last step of `injectPod`: the injected pod template as Go writes it back (its round trip
 * through the Kubernetes types) in Go's field order after the user's. A pure function of the
 * request's pod template and what `injectPodUnfinished` made of it, so that another thread may
 * take it (src/parallel/: the main thread, while the worker goes on to the next pod).
 */
export declare function finishPodTemplate(original: object, unfinished: {
    metadata: object;
    spec: object;
}): {
    metadata: object;
    spec: object;
};
/** `injectPod` without `finishPodTemplate`. */
export declare function injectPodUnfinished(p: Prepared, req: PodInjectionRequest): PodInjectionResult;
