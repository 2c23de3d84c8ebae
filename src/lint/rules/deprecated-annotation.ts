import { lookupAnnotation } from '../../istio/annotations/index.js';
import { istioCodeAt, keyPointer, metadataSites } from '../annotation-sites.js';
import { INJECT_KEY } from '../../istio/keys.js';
import type { Rule } from '../types.js';

export const deprecatedAnnotation: Rule = {
  meta: {
    id: 'deprecated-annotation',
    severity: 'info',
    istioCode: 'IST0135',
    description: 'No deprecated Istio annotations.',
    help:
      'Deprecated annotations may stop working in a future Istio release. Use the replacement the finding names (for ' +
      '`sidecar.istio.io/inject`, the label of the same name), or remove the annotation.',
    docs: 'https://istio.io/latest/docs/reference/config/annotations/',
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        const entry = lookupAnnotation(key);
        if (!entry?.deprecated) continue;
        // Having both the old annotation and the new label is deliberate compatibility (as Istio judges it too).
        if (key === INJECT_KEY && Object.hasOwn(s.labels, INJECT_KEY)) continue;
        const instead = key === INJECT_KEY ? ` in favor of the ${INJECT_KEY} label` : entry.deprecated.replacement ? ` in favor of ${entry.deprecated.replacement}` : '';
        ctx.report({
          doc: s.obj.doc,
          object: s.obj.located,
          pointer: keyPointer(s, 'annotations', key),
          istioCode: istioCodeAt(s),
          message: `annotation ${JSON.stringify(key)} has been deprecated${instead} and may not work in future Istio versions`,
        });
      }
    }
  },
};
