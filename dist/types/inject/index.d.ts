import type { Injector, InjectorConfig } from './types.js';
export type { InjectorConfig, Injector, LabelSelector, NamespaceInfo, PodInjectionRequest, PodInjectionResult } from './types.js';
export { stripInjection } from './status/strip.js';
export { finishPodTemplate } from './engine.js';
export { uninjectDocuments, injectedRevisions, outcomeName, type InjectForRevision, type DocumentsUninjected, type UninjectOutcome } from './uninject/documents.js';
export { uninjectPod, type InjectFn, type PodUninjectionResult, type UninjectNote, type UninjectNoteCode } from './uninject/pod.js';
export { injectDocuments, holdsWorkloads, namespacesIn, type DocumentsInjected, type InjectionContext, type PodInjector, type ResourceOutcome } from './documents.js';
/** Does the per-configuration work once; the returned injector is cheap per pod. */
export declare function prepareInjector(config: InjectorConfig): Injector;
