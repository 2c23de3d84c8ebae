/** Throws a `workload` error, pointer relative to the pod template, when the shape is wrong. */
export declare function checkPodShape(podTemplate: {
    metadata?: unknown;
    spec?: unknown;
}): void;
