import type { PodSpec } from '../../model/pod.js';
export interface InjectionStatus {
    initContainers: string[] | null;
    containers: string[] | null;
    volumes: string[] | null;
    imagePullSecrets: string[] | null;
    revision: string;
}
/** The recorded status, or undefined when absent or not JSON (Istio then treats the pod as fresh). */
export declare function parseStatus(annotations: Readonly<Record<string, string>> | undefined): InjectionStatus | undefined;
/** Istio's `getInjectionStatus`: names of everything in the rendered template pod. */
export declare function statusFor(templateSpec: Readonly<PodSpec>, revision: string): string;
