import type { PodSpec } from '../model/pod.js';
export declare function reorderPod(spec: PodSpec, holdApplication: boolean): void;
