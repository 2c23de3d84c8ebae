/**
 * What Istio's injector writes around the pod template. istioctl decodes each workload into its
 * Go struct and encodes it again, so fields without `omitempty` appear with their zero value
 * (a DaemonSet's status counters, a DeploymentConfig's `spec.test`) and `omitempty` fields at
 * their zero value disappear. kube-inject reproduces that for the objects it injects (and only
 * for those), so its output is what `istioctl kube-inject` writes; it changes nothing a cluster
 * reads: status is ignored on apply, and the fields carry their default values.
 */
import type { JsonMap } from '../model/values.js';
/** The workload object as Istio writes it after injection. Returns a new object; the input is kept. */
export declare function workloadAsWritten(kind: string, object: JsonMap): JsonMap;
/**
 * The inverse, for `uninject`: the zero-valued fields `workloadAsWritten` adds are removed (and
 * a status left empty). `omitted` names the `omitempty` spec fields injection would have dropped
 * had the manifest set them to their zero value: they cannot be told apart from absent ones.
 */
export declare function workloadAsFound(kind: string, object: JsonMap): {
    object: JsonMap;
    omitted: string[];
};
