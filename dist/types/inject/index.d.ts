import type { Injector, InjectorConfig } from './types.js';
export type { InjectorConfig, Injector, LabelSelector, NamespaceInfo, PodInjectionRequest, PodInjectionResult } from './types.js';
export { stripInjection } from './status/strip.js';
export { injectDocuments, namespacesIn, type DocumentsInjected, type InjectionContext, type PodInjector, type ResourceOutcome } from './documents.js';
/** Does the per-configuration work once; the returned injector is cheap per pod. */
export declare function prepareInjector(config: InjectorConfig): Injector;
