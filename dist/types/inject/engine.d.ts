import type { Prepared } from './prepare.js';
import type { PodInjectionRequest, PodInjectionResult } from './types.js';
export declare function injectPod(p: Prepared, req: PodInjectionRequest): PodInjectionResult;
