import type { Pod } from '../model/pod.js';
import type { PodSpec } from '../model/pod.js';
interface PostProcessContext {
    /** ISTIO_META_CLUSTER_ID / ISTIO_META_NETWORK when known (they replace the template's). */
    proxyEnvs: Readonly<Record<string, string>>;
    enablePrometheusMerge: boolean | undefined;
    /** mesh `defaultConfig.statusPort` (after the pod's `proxy.istio.io/config`). */
    statusPort: number;
    rewriteAppHTTPProbe: boolean;
    holdApplication: boolean;
    revision: string;
    injectedAnnotations: Readonly<Record<string, string>>;
}
export declare function postProcess(pod: Pod, templateSpec: PodSpec, ctx: PostProcessContext): void;
export {};
