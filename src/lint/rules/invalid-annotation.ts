import { isIstioKey, lookupAnnotation, structuredValueError, unknownProxyConfigFields, validateAnnotationValue } from '../../istio/annotations/index.js';
import { PROXY_CONFIG_ANNOTATION } from '../../istio/keys.js';
import { istioCodeAt, keyPointer, metadataSites, placedRight } from '../annotation-sites.js';
import { IGNORE_ANNOTATION, parseIgnore, unknownIgnoreEntries } from '../ignore.js';
import type { Rule, RuleContext } from '../types.js';

export const invalidAnnotation: Rule = {
  meta: {
    id: 'invalid-annotation',
    severity: 'error',
    istioCode: 'IST0125',
    description: 'Istio annotation values are valid, checked by the same validators the injector uses.',
    help:
      'An invalid value of an annotation the injector validates makes injection fail (an error); for the others Istio ' +
      'ignores the value or falls back silently (reported as a warning). Annotation values must be strings: quote numbers ' +
      'and booleans. The `kube-inject.io/ignore` annotation must name known rule ids or Istio codes.',
    docs: 'https://istio.io/latest/docs/reference/config/annotations/',
  },
  check(ctx) {
    for (const s of metadataSites(ctx.index)) {
      for (const [key, value] of Object.entries(s.annotations)) {
        // Istio reports IST0125 only for the values its injector validates; the other checks are ours.
        const at = { doc: s.obj.doc, object: s.obj.located, pointer: keyPointer(s, 'annotations', key), at: 'value' as const, istioCode: null };
        const tooDeep = s.scope === 'pod' && typeof value === 'string' ? structuredValueError(key, value) : null;
        if (tooDeep) {
          ctx.report({ ...at, message: `annotation ${key}: ${tooDeep} (kube-inject refuses the pod)` });
          continue;
        }
        if (!isIstioKey(key)) continue;
        if (typeof value !== 'string') {
          ctx.report({ ...at, message: `annotation ${JSON.stringify(key)}: values must be strings; quote it` });
          continue;
        }
        if (key === IGNORE_ANNOTATION) {
          const unknown = unknownIgnoreEntries(parseIgnore(value), ruleIds(ctx), istioCodes(ctx));
          if (unknown.length > 0) ctx.report({ ...at, severity: 'warning', message: `${IGNORE_ANNOTATION} names no rule ${unknown.map((u) => JSON.stringify(u)).join(', ')}` });
          continue;
        }
        const entry = lookupAnnotation(key);
        if (!entry || !placedRight(entry, s.scope)) continue;
        const problem = validateAnnotationValue(key, value);
        if (problem === null) {
          if (key === PROXY_CONFIG_ANNOTATION) {
            const unknown = unknownProxyConfigFields(value);
            if (unknown.length > 0) ctx.report({ ...at, severity: 'warning', message: `${key}: ProxyConfig has no field ${unknown.map((u) => JSON.stringify(u)).join(', ')} (Istio ignores it)` });
          }
          continue;
        }
        const consequence = entry.injectorValidated ? 'the injector rejects the pod' : 'Istio ignores the value';
        ctx.report({
          ...at,
          istioCode: entry.injectorValidated ? istioCodeAt(s) : null,
          severity: entry.injectorValidated ? 'error' : 'warning',
          message: `invalid value ${JSON.stringify(value)} for annotation ${key}: ${problem} (${consequence})`,
        });
      }
    }
  },
};

function ruleIds(ctx: RuleContext): Set<string> {
  return new Set(ctx.allRules.map((m) => m.id));
}

function istioCodes(ctx: RuleContext): Set<string> {
  return new Set(ctx.allRules.flatMap((m) => [...(m.istioCode ? [m.istioCode] : []), ...(m.istioCodes ?? [])]));
}
