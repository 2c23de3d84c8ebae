import type { Rule } from '../types.js';
export declare const NATIVE_SIDECAR_ANNOTATION = "sidecar.istio.io/nativeSidecar";
export declare const jobSidecar: Rule;
