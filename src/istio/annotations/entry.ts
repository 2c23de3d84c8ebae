/** Builds registry rows compactly; `scopes` is derived from Istio's resource kinds. */
import type { AnnotationInfo, AnnotationScope, FeatureStatus, IstioResource, Validator } from './types.js';

export interface EntryOptions {
  status?: FeatureStatus;
  deprecated?: { replacement?: string };
  hidden?: boolean;
  validate?: Validator;
  /** Istio's injector rejects a bad value (validate.go). */
  injector?: boolean;
  /** Extra kube-inject scopes beyond those derived from `resources`. */
  scopes?: readonly AnnotationScope[];
  /** Defaults to `istio/api`. */
  origin?: AnnotationInfo['origin'];
}

const SCOPE_OF: Partial<Record<IstioResource, AnnotationScope>> = {
  Any: 'any',
  Pod: 'pod',
  Deployment: 'workload',
  Service: 'service',
  Namespace: 'namespace',
};

export function entry(
  kind: 'annotation' | 'label',
  name: string,
  resources: readonly IstioResource[],
  description: string,
  o: EntryOptions = {},
): AnnotationInfo {
  const scopes = new Set<AnnotationScope>(o.scopes ?? []);
  for (const r of resources) scopes.add(SCOPE_OF[r] ?? 'other');
  return {
    name,
    kind,
    description,
    resources,
    scopes: [...scopes],
    ...(o.status ? { featureStatus: o.status } : {}),
    ...(o.deprecated ? { deprecated: o.deprecated } : {}),
    ...(o.hidden ? { hidden: true } : {}),
    ...(o.validate ? { validate: o.validate } : {}),
    injectorValidated: o.injector ?? false,
    origin: o.origin ?? 'istio/api',
  };
}
