export type { AnnotationInfo, AnnotationScope } from './types.js';
export { REGISTRY, injectorValidatedAnnotations, isIstioKey, lookupAnnotation, lookupLabel } from './registry.js';
export { validateAnnotationValue, validatePodAnnotations } from './validate.js';
export { suggestAnnotation } from './suggest.js';
export { unknownProxyConfigFields } from './proxy-config.js';
export { JSON_ANNOTATIONS, nestingProblems, structuredValueError } from './structured.js';
