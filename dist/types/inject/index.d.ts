import type { Injector, InjectorConfig } from './types.js';
export type { InjectorConfig, Injector, LabelSelector, LabelSelectorRequirement, PodInjectionRequest, PodInjectionResult, } from './types.js';
export { stripInjection } from './strip.js';
export { injectDocuments, type DocumentsInjected, type PodInjector, type ResourceOutcome } from './documents.js';
import { workloadAsWritten } from './workload-shape.js';
export { workloadAsWritten };
export { DEFAULT_PROXY_CONFIG, applyMeshDefaults, mergeProxyConfig } from './mesh-config.js';
export { IGNORED_NAMESPACES } from './policy.js';
export { proxyConfigToJSON } from './proxy-config-json.js';
/** Does the per-configuration work once; the returned injector is cheap per pod. */
export declare function prepareInjector(config: InjectorConfig): Injector;
