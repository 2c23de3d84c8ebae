/**
 * What Istio's injector does differently on OpenShift (istiod's PLATFORM `openshift`):
 *
 * - The proxy's UID and GID come from the pod's Namespace (Istio's `GetProxyIDs`): the UID is the
 *   LAST of the range in `openshift.io/sa.scc.uid-range`, the GID the last of the first range in
 *   `openshift.io/sa.scc.supplemental-groups` (which falls back to the UID range). A missing,
 *   empty or unreadable annotation leaves 1337.
 * - OpenShift gives every container the same `runAsUser`, so an istio-proxy override whose
 *   `runAsUser` equals the application's is not honoured: its `runAsUser` and `runAsGroup` are
 *   dropped (Istio's webhook, `isSidecarUserMatchingAppUser`).
 *
 * Ranges are OpenShift's blocks: `<start>/<size>` (start … start+size-1) or `<start>-<end>`,
 * unsigned 32-bit numbers.
 */
import { type PodSpec } from '../model/pod.js';
export declare const OPENSHIFT_PLATFORM = "openshift";
export declare const UID_RANGE_ANNOTATION = "openshift.io/sa.scc.uid-range";
export declare const SUPPLEMENTAL_GROUPS_ANNOTATION = "openshift.io/sa.scc.supplemental-groups";
/** The proxy's UID and GID for a Namespace with these annotations. */
export declare function proxyIdsFromNamespace(annotations: Readonly<Record<string, string>>): {
    uid: number;
    gid: number;
};
/**
 * `spec` with the istio-proxy override's `runAsUser` and `runAsGroup` dropped when its
 * `runAsUser` equals the application's (unset counts as 0 on both sides; the last container that
 * sets one is the application's). Returns `spec` itself when nothing changes.
 */
export declare function dropProxyUserMatchingApp(spec: PodSpec): PodSpec;
