import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import type { IndexedWorkload } from '../mesh-index.js';
import { refKey, selectorString, trafficIndex, type SelectorPolicy } from '../traffic/index.js';
import { AMBIENT_REDIRECTION_ANNOTATION, DATAPLANE_MODE_LABEL, REVISION_LABEL } from '../../istio/keys.js';
import { INJECTION_LABEL } from '../in-mesh.js';
import type { Rule } from '../types.js';


/** Istio's `NamespaceInAmbientMode`: dataplane-mode ambient, and no sidecar injection label. */
function namespaceInAmbientMode(labels: Readonly<Record<string, string>>): boolean {
  if (labels[INJECTION_LABEL] === 'enabled') return false;
  if ((labels[REVISION_LABEL] ?? '') !== '') return false;
  return labels[DATAPLANE_MODE_LABEL] === 'ambient';
}

export const sidecarSelector: Rule = {
  meta: {
    id: 'sidecar-selector',
    severity: 'error',
    istioCodes: ['IST0101', 'IST0110', 'IST0111', 'IST0167'],
    description: 'Every Sidecar resource\'s workloadSelector matches pods of its namespace, no pod is selected by two, and a namespace has at most one Sidecar without a selector.',
    help:
      'A Sidecar with `workloadSelector.labels` applies to the pods of its namespace with those labels; when none of the input ' +
      'has them it does nothing (IST0101). Two Sidecars selecting one pod (IST0110), or two without a selector in one namespace ' +
      '(IST0111), leave it undefined which applies. Merge them, or make their selectors disjoint. A Sidecar for pods in ambient ' +
      'mode (a Namespace labelled istio.io/dataplane-mode=ambient without an injection label, or pods annotated ' +
      'ambient.istio.io/redirection: enabled) has no effect: IST0167 (a warning).',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0110/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = new Map<IndexedWorkload, SelectorPolicy[]>();
    const unselective = new Map<string, SelectorPolicy[]>();
    for (const sc of t.sidecars) {
      const sel = sc.selector;
      if (sel === undefined || Object.keys(sel).length === 0) {
        unselective.set(sc.obj.namespace, [...(unselective.get(sc.obj.namespace) ?? []), sc]);
        continue;
      }
      const pods = t.podsWith(sel).filter((p) => p.namespace === sc.obj.namespace);
      for (const p of pods) byPod.set(p, [...(byPod.get(p) ?? []), sc]);
      if (pods.length === 0) {
        const first = Object.keys(sel).sort()[0]!;
        ctx.report({
          doc: sc.obj.doc,
          object: sc.obj.located,
          pointer: joinPointer(sc.selectorPointer, first),
          istioCode: 'IST0101',
          message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(sc.obj.namespace)} in the input has these labels`,
        });
      }
    }
    const names = (list: readonly SelectorPolicy[]) =>
      [...list].sort((a, b) => (refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1)).map((s) => describeObject('Sidecar', s.obj.namespace, s.obj.name)).join(', ');
    const ineffective = new Set<SelectorPolicy>();
    const ambient = (sc: SelectorPolicy, reason: string) => {
      if (ineffective.has(sc)) return;
      ineffective.add(sc);
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, 'metadata', 'name'),
        severity: 'warning',
        istioCode: 'IST0167',
        message: `the policy has no impact: ${reason}`,
      });
    };
    /** The same finding on every Sidecar of `list`, at its name. */
    const reportEach = (list: readonly SelectorPolicy[], istioCode: string, message: string) => {
      for (const sc of list) ctx.report({ doc: sc.obj.doc, object: sc.obj.located, pointer: joinPointer(sc.obj.located.pointer, 'metadata', 'name'), istioCode, message });
    };
    for (const [pod, list] of byPod) {
      if (pod.podAnnotations[AMBIENT_REDIRECTION_ANNOTATION] === 'enabled') {
        for (const sc of list) ambient(sc, 'selected workload is in ambient mode, the policy has no impact');
        continue;
      }
      if (list.length >= 2) reportEach(list, 'IST0110', `${names(list)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior`);
    }
    for (const [ns, list] of unselective) {
      const namespace = ctx.index.namespaces.get(ns);
      if (namespace && namespaceInAmbientMode(namespace.labels)) {
        for (const sc of list) ambient(sc, 'namespace is in ambient mode, the policy has no impact');
        continue;
      }
      if (list.length >= 2) reportEach(list, 'IST0111', `${names(list)} in namespace ${JSON.stringify(ns)} have no workload selector, which can lead to undefined behavior`);
    }
  },
};
