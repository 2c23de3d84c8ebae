import type { Pod } from '../../model/pod.js';
import { type InjectionStatus } from './record.js';
/** Istio's `stripPod`, for the template data; returns `pod` itself when it was never injected. */
export declare function stripForRender(pod: Pod, status: InjectionStatus | undefined, statusPort: number): Pod;
/**
 * The pod template without what the `sidecar.istio.io/status` annotation records (containers,
 * init containers, volumes, image pull secrets, the annotation itself), with probes and
 * Prometheus annotations restored from the proxy's environment and the pod's own custom
 * containers restored from `proxy.istio.io/overrides` (appended to their list). Returns the
 * input unchanged when there is no (readable) status annotation. Other keys of the object (a bare Pod's
 * apiVersion, kind) are kept. The input is not modified.
 */
export declare function stripInjection(podTemplate: {
    metadata?: object;
    spec: object;
}): {
    metadata: object;
    spec: object;
};
/**
 * The annotations `stripInjection` takes from the proxy's environment (the app's Prometheus
 * scrape settings): the record of what the pod had, so nothing else may decide about them.
 */
export declare function annotationsFromProxyEnv(podTemplate: {
    spec: object;
}): string[];
