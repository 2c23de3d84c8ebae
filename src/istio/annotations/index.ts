export type { AnnotationInfo, AnnotationProblem, AnnotationScope, FeatureStatus, IstioResource, Validator } from './types.js';
export { REGISTRY, injectorValidatedAnnotations, isIstioKey, lookupAnnotation, lookupLabel } from './registry.js';
export { problemMessage, validateAnnotationValue, validatePodAnnotations } from './validate.js';
export { suggestAnnotation } from './suggest.js';
export { unknownProxyConfigFields } from './proxy-config.js';
