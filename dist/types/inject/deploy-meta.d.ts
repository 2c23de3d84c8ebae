import type { PodMeta } from './pod.js';
export interface DeployMeta {
    name: string;
    namespace: string;
    kind: string;
    apiVersion: string;
}
export declare function deployMetaFromPod(meta: PodMeta): DeployMeta;
