import { joinPointer } from '../../model/pointer.js';
import { DATAPLANE_MODE_LABEL, REVISION_LABEL } from '../../istio/keys.js';
import { INJECTION_LABEL } from '../in-mesh.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import { isMap } from '../../model/values.js';
import type { LintIndex } from '../mesh-index.js';
import type { Rule } from '../types.js';


const INJECTOR_CONFIGMAP = 'istio-sidecar-injector';

/**
 * Istio's reading of the injector ConfigMap of the input (`GetEnableNamespacesByDefaultFromInjectedConfigMap`):
 * `data.values`, JSON, `sidecarInjectorWebhook.enableNamespacesByDefault`.
 */
function enabledByDefault(index: LintIndex, revision: string): boolean {
  const name = revision === '' || revision === 'default' ? INJECTOR_CONFIGMAP : `${INJECTOR_CONFIGMAP}-${revision}`;
  const cm = index.objects.find((o) => o.kind === 'ConfigMap' && o.name === name);
  const data = cm && isMap(cm.located.object.data) ? cm.located.object.data : undefined;
  if (!data || typeof data.values !== 'string') return false;
  try {
    const values: unknown = JSON.parse(data.values);
    return isMap(values) && isMap(values.sidecarInjectorWebhook) && values.sidecarInjectorWebhook.enableNamespacesByDefault === true;
  } catch {
    return false;
  }
}

export const namespaceInjection: Rule = {
  meta: {
    id: 'namespace-injection',
    severity: 'info',
    istioCodes: ['IST0102', 'IST0123', 'IST0148'],
    description: 'Every Namespace of the input says whether its pods are injected, with one injection label.',
    help:
      'A Namespace labelled neither `istio-injection` nor `istio.io/rev` leaves it to each pod whether it gets a sidecar: ' +
      'IST0102 (info). Label it `istio-injection=enabled` (or with the revision, `istio.io/rev=<rev>`), or ' +
      '`istio-injection=disabled` to say it needs none. A Namespace with more than one of `istio-injection`, `istio.io/rev` and ' +
      '`istio.io/dataplane-mode` (the last two counted only beside `istio-injection=enabled`, or alone) is ambiguous: IST0123 ' +
      '(a warning); keep one. istio-system and ambient namespaces (`istio.io/dataplane-mode=ambient`) need no injection label. ' +
      'When the input holds the injector\'s ConfigMap (`istio-sidecar-injector`, or `istio-sidecar-injector-<rev>` for a ' +
      'Namespace with a revision label) and its values set `sidecarInjectorWebhook.enableNamespacesByDefault: true`, an ' +
      'unlabelled Namespace is injected anyway: IST0148 (info) instead of IST0102. Pass the ConfigMap with `--context`, or ' +
      'turn the rule off (`namespace-injection: off`) for such a mesh.',
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
        if (enabledByDefault(ctx.index, ns.labels[REVISION_LABEL] ?? '')) {
          ctx.report({
            ...base,
            pointer: joinPointer(ns.located.pointer, 'metadata', 'name'),
            istioCode: 'IST0148',
            message: 'the Namespace is enabled for Istio injection, as the injector is installed with enableNamespacesByDefault: true',
          });
          continue;
        }
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
