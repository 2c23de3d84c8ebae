import { describeObject } from '../../model/document.js';
import { optOutReason, podMetaPointer } from '../pod.js';
import type { IndexedWorkload } from '../mesh-index.js';
import type { Rule } from '../types.js';

/** The label keys, in the order Istio prefers them for the canonical service and revision. */
const APP_KEYS = ['app.kubernetes.io/name', 'app'];
const VERSION_KEYS = ['app.kubernetes.io/version', 'version'];

function pick(w: IndexedWorkload, keys: readonly string[]): { key: string; value: string } | undefined {
  for (const key of keys) if (Object.hasOwn(w.podLabels, key)) return { key, value: w.podLabels[key]! };
  return undefined;
}

export const appVersionLabels: Rule = {
  meta: {
    id: 'app-version-labels',
    severity: 'warning',
    description: 'Every pod template has an app and a version label, and no two workloads share an app label with the same version.',
    help:
      'Istio names workloads in metrics and traces by the `app` (or `app.kubernetes.io/name`) and `version` (or ' +
      '`app.kubernetes.io/version`) labels of their pods. Add both to the pod template (spec.template.metadata.labels). ' +
      'Two workloads of one app in the same namespace need different versions, or their telemetry is merged. Pods that are not ' +
      'injected (opted out, host network) are not checked.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
  },
  check(ctx) {
    const seen = new Map<string, IndexedWorkload>();
    for (const w of ctx.index.workloads) {
      // Pods that stay out of the mesh have no Istio telemetry to name.
      if (optOutReason(w) !== undefined) continue;
      const app = pick(w, APP_KEYS);
      const version = pick(w, VERSION_KEYS);
      const labels = podMetaPointer(w, 'labels');
      const base = { doc: w.doc, object: w.located };
      if (!app) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "app" (or "app.kubernetes.io/name") label' });
      if (!version) ctx.report({ ...base, pointer: labels, message: 'the pod template has no "version" (or "app.kubernetes.io/version") label' });
      if (!app) continue;
      const key = JSON.stringify([w.namespace, app.value, version?.value ?? null]);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, w);
        continue;
      }
      const sameVersion = version ? `the same version ${JSON.stringify(version.value)}` : 'no version label either';
      ctx.report({
        ...base,
        pointer: podMetaPointer(w, 'labels', app.key),
        message: `the pods have the same app label ${JSON.stringify(app.value)} as ${describeObject(first.kind, first.namespace, first.name)}, and ${sameVersion}; give each a different version`,
      });
    }
  },
};
