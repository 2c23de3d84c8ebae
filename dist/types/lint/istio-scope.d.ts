import type { IndexedObject } from './mesh-index.js';
export declare function isAnalyzedByIstio(obj: IndexedObject): boolean;
/** Istio's `IsIstioControlPlane`: a label `istio` (any value) or `release: istio`. */
export declare function isIstioControlPlane(obj: IndexedObject): boolean;
