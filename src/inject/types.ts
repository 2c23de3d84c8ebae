/** The engine's public types (re-exported by `index.ts`). */
import type { Template } from '../gotemplate/index.js';
import type { LabelSelector } from '../model/label-selector.js';

export type { LabelSelector } from '../model/label-selector.js';

export interface InjectorConfig {
  /** Merged Helm values (Istio's shape: `global`, `sidecarInjectorWebhook`, `pilot` …). */
  values: Record<string, unknown>;
  /** MeshConfig in proto-JSON form (camelCase). Istio's mesh defaults are filled in. */
  meshConfig: Record<string, unknown>;
  /** Parsed once; name → template. */
  templates: Record<string, Template>;
  /** Templates for pods without `inject.istio.io/templates`. */
  defaultTemplates: string[];
  /** A name standing for several templates (expanded once, not recursively). */
  aliases?: Record<string, string[]>;
  policy: 'enabled' | 'disabled';
  alwaysInjectSelector: LabelSelector[];
  neverInjectSelector: LabelSelector[];
  /** Added to every injected pod's annotations (deprecated in Istio; templates should set them). */
  injectedAnnotations: Record<string, string>;
  /** Inject istio-proxy as a native sidecar (init container, `restartPolicy: Always`). */
  nativeSidecars: boolean;
  /** `''` = the default revision. */
  revision: string;
  /** `.CompliancePolicy` of the templates (Istio's COMPLIANCE_POLICY, e.g. `fips-140-3`); default ''. */
  compliancePolicy?: string;
  /**
   * istiod's platform. With `openshift`, the proxy's UID and GID come from the pod's Namespace
   * (`PodInjectionRequest.namespaceObject`) as Istio's `GetProxyIDs` takes them, and an
   * istio-proxy override's `runAsUser`/`runAsGroup` equal to the application's are dropped.
   */
  platform?: string;
}

/** What the engine reads of a Namespace object. */
export interface NamespaceInfo {
  readonly annotations: Readonly<Record<string, string>>;
}

export interface PodInjectionRequest {
  /** Of the workload (Pod, Deployment, …). */
  kind: string;
  apiVersion: string;
  /** The workload's name and namespace; namespace `''` means `default`. */
  name: string;
  namespace: string;
  /**
   * The Namespace object of the pod's namespace, looked up by name (only read on OpenShift);
   * `undefined` when the caller has none.
   */
  namespaceObject?: (name: string) => NamespaceInfo | undefined;
  /** The pod template (for kind Pod: the object itself). Never modified. */
  podTemplate: { metadata?: object; spec: object };
}

/**
 * `podTemplate` is read-only: parts of it that come unchanged from a template's output are the
 * same frozen objects in every result of the injector (src/model/frozen.ts). Copy it
 * (`structuredClone`) before changing it.
 */
export type PodInjectionResult =
  | { outcome: 'injected'; podTemplate: { metadata: object; spec: object }; warnings: string[] }
  | { outcome: 'skipped'; reason: string };

export interface Injector {
  /** @throws KubeInjectError (`annotation`, `template`, `merge`) */
  inject(req: PodInjectionRequest): PodInjectionResult;
  /**
   * `inject` but its last step: the injected pod template before Go's round trip and field order,
   * which `finishPodTemplate(req.podTemplate, result.podTemplate)` gives (engine.ts). For a caller
   * that takes that step elsewhere (src/parallel/); `inject` is the two in one.
   */
  injectUnfinished(req: PodInjectionRequest): PodInjectionResult;
  /** The injected workload object as Istio writes it around its pod template (see workload-shape.ts). */
  finishWorkload(kind: string, object: Record<string, unknown>): Record<string, unknown>;
  /** Problems with the configuration that Istio tolerates (an invalid selector is ignored). */
  readonly configWarnings: readonly string[];
  /**
   * Whether a pod's injection reads the Namespace objects of the input (`namespaceObject`: on
   * OpenShift, the proxy's IDs). When not, one document is injected the same whatever else the
   * stream holds, so injection may start before the whole stream is read.
   */
  readonly readsNamespaces: boolean;
}
