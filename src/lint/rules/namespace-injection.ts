import { joinPointer } from '../../model/pointer.js';
import { DATAPLANE_MODE_LABEL, REVISION_LABEL } from '../../istio/keys.js';
import { INJECTION_LABEL } from '../in-mesh.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import type { Rule } from '../types.js';


export const namespaceInjection: Rule = {
  meta: {
    id: 'namespace-injection',
    severity: 'info',
    istioCodes: ['IST0102', 'IST0123'],
    description: 'Every Namespace of the input says whether its pods are injected, with one injection label.',
    help:
      'A Namespace labelled neither `istio-injection` nor `istio.io/rev` leaves it to each pod whether it gets a sidecar: ' +
      'IST0102 (info). Label it `istio-injection=enabled` (or with the revision, `istio.io/rev=<rev>`), or ' +
      '`istio-injection=disabled` to say it needs none. A Namespace with more than one of `istio-injection`, `istio.io/rev` and ' +
      '`istio.io/dataplane-mode` (the last two counted only beside `istio-injection=enabled`, or alone) is ambiguous: IST0123 ' +
      '(a warning); keep one. istio-system and ambient namespaces (`istio.io/dataplane-mode=ambient`) need no injection label. ' +
      'Istio also stays quiet when its injector is installed with `enableNamespacesByDefault` (IST0148); kube-inject does not ' +
      'read the injector\'s values here, so turn the rule off (`namespace-injection: off`) for such a mesh.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0102/',
  },
  check(ctx) {
    for (const ns of ctx.index.namespaces.values()) {
      if (ns.name === 'istio-system' || !isAnalyzedByIstio(ns)) continue;
      const base = { doc: ns.doc, object: ns.located };
      const injection = Object.hasOwn(ns.labels, INJECTION_LABEL) ? ns.labels[INJECTION_LABEL] : undefined;
      const found: string[] = injection !== undefined ? [`${INJECTION_LABEL}=${injection}`] : [];
      for (const key of [REVISION_LABEL, DATAPLANE_MODE_LABEL]) {
        if (Object.hasOwn(ns.labels, key) && (injection === undefined || injection === 'enabled')) found.push(`${key}=${ns.labels[key]}`);
      }
      if (found.length > 1) {
        ctx.report({
          ...base,
          pointer: joinPointer(ns.located.pointer, 'metadata', 'labels'),
          severity: 'warning',
          istioCode: 'IST0123',
          message: `the Namespace has more than one type of injection label (${found.join(', ')}), which may lead to undefined behavior; keep only one`,
        });
      }
      if (ns.labels[DATAPLANE_MODE_LABEL] === 'ambient') continue;
      if ((injection === undefined || injection === '') && !Object.hasOwn(ns.labels, REVISION_LABEL)) {
        ctx.report({
          ...base,
          pointer: joinPointer(ns.located.pointer, 'metadata', 'name'),
          istioCode: 'IST0102',
          message: `the Namespace is not enabled for Istio injection; label it istio-injection=enabled (kubectl label namespace ${ns.name} istio-injection=enabled), or istio-injection=disabled to mark it as not needing injection`,
        });
      }
    }
  },
};
