/**
 * Rendering: templates + data → overlays. The function table Istio's templates run with
 * (`functions.ts`), the data they see (`template-data.ts`), and which templates a pod gets and
 * what each renders (`templates.ts`). Merging the overlays onto the pod is the injector's job.
 */
export { injectionFunctions } from './functions.js';
export { inboundTrafficPolicyMode, meshConfigView, podView, proxyConfigView, type TemplateData } from './template-data.js';
export { renderOverlay, selectTemplates, type TemplateSet } from './templates.js';
