import type { PodMeta } from '../model/pod.js';
interface DeployMeta {
    name: string;
    namespace: string;
    kind: string;
    apiVersion: string;
}
export declare function deployMetaFromPod(meta: PodMeta): DeployMeta;
export {};
