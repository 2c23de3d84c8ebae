/**
 * The injection engine: a pure function from a pod template and a configuration to the
 * injected pod template (or the reason it is skipped), reproducing Istio's sidecar injector
 * (`pkg/kube/inject`, as istioctl kube-inject runs it). No I/O; inputs are never modified.
 *
 *   const injector = prepareInjector(config);   // once per configuration
 *   injector.inject({ kind, apiVersion, name, namespace, podTemplate });
 */
import { OPENSHIFT_PLATFORM } from '../istio/openshift.js';
import { injectPod, injectPodUnfinished } from './engine.js';
import { checkPodShape } from './pod-shape.js';
import { prepare } from './prepare.js';
import type { Injector, InjectorConfig } from './types.js';
import { workloadAsWritten } from './workload-shape.js';

export type { InjectorConfig, Injector, LabelSelector, NamespaceInfo, PodInjectionRequest, PodInjectionResult } from './types.js';
export { stripInjection } from './status/strip.js';
export { finishPodTemplate } from './engine.js';
export { uninjectDocuments, injectedRevisions, outcomeName, type InjectForRevision, type DocumentsUninjected, type UninjectOutcome } from './uninject/documents.js';
export { uninjectPod, type InjectFn, type PodUninjectionResult, type UninjectNote, type UninjectNoteCode } from './uninject/pod.js';
export { injectDocuments, holdsWorkloads, namespacesIn, type DocumentsInjected, type InjectionContext, type PodInjector, type ResourceOutcome } from './documents.js';

/** Does the per-configuration work once; the returned injector is cheap per pod. */
export function prepareInjector(config: InjectorConfig): Injector {
  const prepared = prepare(config);
  return {
    configWarnings: prepared.warnings,
    readsNamespaces: config.platform === OPENSHIFT_PLATFORM,
    inject: (req) => {
      checkPodShape(req.podTemplate);
      return injectPod(prepared, req);
    },
    injectUnfinished: (req) => {
      checkPodShape(req.podTemplate);
      return injectPodUnfinished(prepared, req);
    },
    finishWorkload: workloadAsWritten,
  };
}
