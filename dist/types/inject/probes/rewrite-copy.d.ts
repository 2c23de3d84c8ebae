/**
 * The copy of a pod spec that the app-probe rewrite works on. The rewrite replaces probes and
 * lifecycle handlers of containers (never edits them in place: `rewriteHandler` returns new
 * ones) and adds to the proxy's env; so only the spec, its container lists, each container, its
 * `lifecycle` and its `env` list need to be fresh. Everything under them is shared with the
 * input, which is not changed. structuredClone of the whole spec (the proxy's full container
 * included) cost more than the rewrite itself.
 */
import type { PodSpec } from '../../model/pod.js';
export declare function copyForProbeRewrite<T extends PodSpec>(spec: Readonly<T>): T;
