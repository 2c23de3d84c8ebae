/**
 * The loose JSON shapes the engine works on: a pod (template) as parsed from YAML, and small
 * helpers over its containers. Nothing here mutates its arguments.
 */
export type JsonObject = Record<string, unknown>;
export interface Container extends JsonObject {
    name?: string;
}
export interface PodMeta extends JsonObject {
    name?: string;
    namespace?: string;
    generateName?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
}
export interface PodSpec extends JsonObject {
    containers?: Container[];
    initContainers?: Container[];
    volumes?: JsonObject[];
    imagePullSecrets?: JsonObject[];
    hostNetwork?: boolean;
}
/** A pod or pod template: `metadata` and `spec` only. */
export interface Pod {
    metadata: PodMeta;
    spec: PodSpec;
}
export declare const PROXY_CONTAINER = "istio-proxy";
export declare const INIT_CONTAINER = "istio-init";
export declare const VALIDATION_CONTAINER = "istio-validation";
export declare const CORE_DUMP_CONTAINER = "enable-core-dump";
export declare function isObject(v: unknown): v is JsonObject;
export declare function asObject(v: unknown): JsonObject;
/** The string-valued entries of a map (labels and annotations are `map[string]string` in Go). */
export declare function stringMap(v: unknown): Record<string, string>;
export declare function containersOf(v: unknown): Container[];
export declare function findContainer(name: string, list: readonly Container[] | undefined): Container | undefined;
/** First container with this name among the containers, then the init containers. */
export declare function findContainerInPod(name: string, spec: PodSpec): Container | undefined;
export declare function findSidecar(spec: PodSpec): Container | undefined;
export type ContainerMove = 'first' | 'last' | 'remove';
/** Move (or remove) every container with `name`; the last match is the one kept. */
export declare function moveContainer(list: readonly Container[], name: string, where: ContainerMove): Container[];
/** Take the first container called `name` out of `from` and append it to `to`. */
export declare function transferContainer(from: readonly Container[], to: readonly Container[], name: string): [Container[], Container[]];
export declare function names(list: unknown): string[];
