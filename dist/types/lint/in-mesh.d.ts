import type { IndexedObject, IndexedWorkload, LintIndex } from './mesh-index.js';
export declare const INJECTION_LABEL = "istio-injection";
export declare function inMeshForIstio(w: IndexedWorkload, index: LintIndex): boolean;
export declare function namespaceLabel(ns: IndexedObject, key: string): string | undefined;
