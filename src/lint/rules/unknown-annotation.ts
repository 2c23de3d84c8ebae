import { isIstioKey, lookupAnnotation, lookupLabel, suggestAnnotation } from '../../istio/annotations/index.js';
import { istioCodeAt, metadataSites, keyPointer } from '../annotation-sites.js';
import { IGNORE_ANNOTATION } from '../ignore.js';
import type { Rule } from '../types.js';

export const unknownAnnotation: Rule = {
  meta: {
    id: 'unknown-annotation',
    severity: 'warning',
    istioCode: 'IST0108',
    description: 'Every annotation in an Istio namespace (`*.istio.io`) is one Istio knows.',
    help:
      'Istio ignores annotations it does not know, so a misspelt key silently does nothing. Fix the key (the finding suggests ' +
      'the closest known one), or move a label that was written as an annotation to `labels`.',
    docs: 'https://istio.io/latest/docs/reference/config/annotations/',
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const key of Object.keys(s.annotations)) {
        if (!isIstioKey(key) || key === IGNORE_ANNOTATION || lookupAnnotation(key)) continue;
        const suggestion = suggestAnnotation(key);
        const hint = lookupLabel(key)
          ? `; ${key} is a label, not an annotation`
          : suggestion
            ? `; did you mean ${JSON.stringify(suggestion)}?`
            : '';
        ctx.report({ doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, 'annotations', key), istioCode: istioCodeAt(s), message: `unknown annotation ${JSON.stringify(key)}${hint}` });
      }
    }
  },
};
