import { type JsonMap } from '../model/values.js';
/** `fmt.Sprintf("%v", x)` for a JSON scalar (the tag may be a number in values). */
export declare function goSprintV(v: unknown): string;
export declare function proxyImage(values: Readonly<JsonMap>, proxyConfig: Readonly<JsonMap>, annotations: Readonly<Record<string, string>>): string;
/** The init image (`.ProxyInitImage`): like the proxy image, from `global.proxy_init.image`. */
export declare function proxyInitImage(values: Readonly<JsonMap>, annotations: Readonly<Record<string, string>>): string;
