/**
 * The loose JSON shapes the engine works on: a pod (template) as parsed from YAML, and small
 * helpers over its containers. Nothing here mutates its arguments.
 */
import { type JsonMap } from './values.js';
export interface Container extends JsonMap {
    name?: string;
}
export interface PodMeta extends JsonMap {
    name?: string;
    namespace?: string;
    generateName?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
}
export interface PodSpec extends JsonMap {
    containers?: Container[];
    initContainers?: Container[];
    volumes?: JsonMap[];
    imagePullSecrets?: JsonMap[];
    hostNetwork?: boolean;
}
/** A pod or pod template: `metadata` and `spec` only. */
export interface Pod {
    metadata: PodMeta;
    spec: PodSpec;
}
export declare function containersOf(v: unknown): Container[];
export declare function findContainer(name: string, list: readonly Container[] | undefined): Container | undefined;
/** First container with this name among the containers, then the init containers. */
export declare function findContainerInPod(name: string, spec: PodSpec): Container | undefined;
type ContainerMove = 'first' | 'last' | 'remove';
/** Move (or remove) every container with `name`; the last match is the one kept. */
export declare function moveContainer(list: readonly Container[], name: string, where: ContainerMove): Container[];
/** Take the first container called `name` out of `from` and append it to `to`. */
export declare function transferContainer(from: readonly Container[], to: readonly Container[], name: string): [Container[], Container[]];
export declare function names(list: unknown): string[];
export {};
