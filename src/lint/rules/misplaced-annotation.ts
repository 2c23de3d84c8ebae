import { lookupAnnotation, lookupLabel, type AnnotationInfo } from '../../istio/annotations/index.js';
import { POD_TEMPLATE_PATHS } from '../../locate/workloads.js';
import { istioCodeAt, keyPointer, metadataSites, placedRight, siteKindName, type MetadataSite } from '../annotation-sites.js';
import type { Rule, RuleContext } from '../types.js';

export const misplacedAnnotation: Rule = {
  meta: {
    id: 'misplaced-annotation',
    severity: 'warning',
    istioCode: 'IST0107',
    description: 'Istio annotations (and pod labels) are where Istio reads them: pod settings on the pod template, not on the workload.',
    help:
      'The injector reads a pod\'s own annotations and labels. On a Deployment (or StatefulSet, Job …) they belong in the pod ' +
      'template, `spec.template.metadata`; on the workload\'s own metadata they have no effect. Move the key, or remove it.',
    docs: 'https://istio.io/latest/docs/reference/config/annotations/',
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key);
        if (entry && !placedRight(entry, s.scope)) report(ctx, s, 'annotations', entry);
      }
      if (s.scope !== 'workload') continue;
      for (const key of Object.keys(s.labels)) {
        const entry = lookupLabel(key);
        if (entry && !placedRight(entry, s.scope) && entry.scopes.includes('pod')) report(ctx, s, 'labels', entry);
      }
    }
  },
};

function report(ctx: RuleContext, s: MetadataSite, field: 'annotations' | 'labels', entry: AnnotationInfo): void {
  const what = `${field === 'labels' ? 'label' : 'annotation'} ${JSON.stringify(entry.name)}`;
  let message: string;
  if (s.scope === 'workload' && entry.scopes.includes('pod')) {
    const template = (POD_TEMPLATE_PATHS[s.obj.kind] ?? '/spec/template').slice(1).replace(/\//g, '.');
    message = `${what} on the ${s.obj.kind}'s own metadata has no effect; it only works on the pod template (${template}.metadata.${field})`;
  } else {
    message = `${what} has no effect on a ${siteKindName(s)}; it can only be applied to ${entry.resources.join(', ')}`;
  }
  ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, field, entry.name), message, istioCode: field === 'labels' ? null : istioCodeAt(s) });
}
