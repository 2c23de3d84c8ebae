import type { Validator } from './types.js';
export declare const validateProxyConfig: Validator;
/** Top-level keys of a `proxy.istio.io/config` value that ProxyConfig does not have. */
export declare function unknownProxyConfigFields(value: string): string[];
