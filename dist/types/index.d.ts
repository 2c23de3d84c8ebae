/**
 * kube-inject as a library: the same engine the CLI runs (and, later, the admission webhook),
 * as pure functions with no process I/O. Named re-exports only.
 */
export { splitStream } from './read/split.js';
export { makeSource } from './read/sources.js';
export { writeStream, type OutputDocument } from './emit/manifests.js';
export { locateWorkloads, objectsOf, POD_TEMPLATE_PATHS, type Workload } from './locate/workloads.js';
export { injectDocuments, type DocumentsInjected, type PodInjector, type ResourceOutcome } from './inject/index.js';
export { prepareInjector, stripInjection, type Injector, type InjectorConfig, type PodInjectionRequest, type PodInjectionResult } from './inject/index.js';
export { uninjectDocuments, uninjectPod, type DocumentsUninjected, type UninjectOutcome, type UninjectNote } from './inject/index.js';
export { parseIptablesArgs, buildRules, restoreScript, type IptablesConfig, type IptablesRules } from './iptables/index.js';
export { explainWorkload, servicesIn, renderExplanation, type WorkloadExplanation } from './explain/index.js';
export { loadInjectorConfig, type InjectionInputs } from './config/load-injection.js';
export { lintDocuments } from './lint/runner.js';
export type { Finding, Severity } from './lint/types.js';
export { KubeInjectError, type ErrorCode, type SourcePosition } from './model/errors.js';
export type { ManifestDocument, SourceFile, Position } from './model/document.js';
export { formatError } from './emit/format-error.js';
