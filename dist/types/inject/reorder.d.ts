import type { PodSpec } from './pod.js';
export declare function reorderPod(spec: PodSpec, holdApplication: boolean): void;
