import type { Prepared } from './prepare.js';
import type { PodInjectionRequest, PodInjectionResult } from './types.js';
export declare const PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
export declare function injectPod(p: Prepared, req: PodInjectionRequest): PodInjectionResult;
