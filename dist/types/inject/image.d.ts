import type { JsonObject } from './pod.js';
export declare const PROXY_IMAGE_TYPE_ANNOTATION = "sidecar.istio.io/proxyImageType";
/** `fmt.Sprintf("%v", x)` for a JSON scalar (the tag may be a number in values). */
export declare function goSprintV(v: unknown): string;
export declare function proxyImage(values: Readonly<JsonObject>, proxyConfig: Readonly<JsonObject>, annotations: Readonly<Record<string, string>>): string;
/** The init image (`.ProxyInitImage`): like the proxy image, from `global.proxy_init.image`. */
export declare function proxyInitImage(values: Readonly<JsonObject>, annotations: Readonly<Record<string, string>>): string;
