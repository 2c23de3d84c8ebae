import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import { isMap } from '../../model/values.js';
import type { IndexedWorkload } from '../mesh-index.js';
import { refKey, selectorString, trafficIndex, type SelectorPolicy } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const telemetrySelector: Rule = {
  meta: {
    id: 'telemetry-selector',
    severity: 'error',
    istioCodes: ['IST0101', 'IST0157', 'IST0159', 'IST0160'],
    description: 'Every Telemetry\'s selector matches pods of its namespace, no pod is selected by two, a namespace has at most one Telemetry without a selector, and access logging names a provider.',
    help:
      'A Telemetry with `selector.matchLabels` applies to the pods of its namespace with those labels: none in the input is ' +
      'IST0101; two Telemetries selecting one pod are IST0159; two without a selector in one namespace are IST0160 (it is ' +
      'undefined which applies). An `accessLogging` entry that is not disabled and names no `providers` is ignored when the ' +
      'mesh config has no default access-log provider, which Istio\'s default has not: IST0157 (a warning).',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0159/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byPod = new Map<IndexedWorkload, SelectorPolicy[]>();
    const unselective = new Map<string, SelectorPolicy[]>();
    const names = (list: readonly SelectorPolicy[]) =>
      [...list]
        .sort((a, b) => (refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1))
        .map((s) => describeObject('Telemetry', s.obj.namespace, s.obj.name))
        .join(', ');
    for (const tm of t.telemetries) {
      const base = { doc: tm.obj.doc, object: tm.obj.located };
      if (tm.selector === undefined) unselective.set(tm.obj.namespace, [...(unselective.get(tm.obj.namespace) ?? []), tm]);
      else if (Object.keys(tm.selector).length > 0) {
        const sel = tm.selector;
        const pods = t.podsWith(sel).filter((p) => p.namespace === tm.obj.namespace);
        for (const p of pods) byPod.set(p, [...(byPod.get(p) ?? []), tm]);
        if (pods.length === 0) {
          ctx.report({
            ...base,
            pointer: joinPointer(tm.selectorPointer, Object.keys(sel).sort()[0]!),
            istioCode: 'IST0101',
            message: `referenced selector not found: ${JSON.stringify(selectorString(sel))}; no pod of namespace ${JSON.stringify(tm.obj.namespace)} in the input has these labels`,
          });
        }
      }
      const logging = !ctx.settings.mesh.defaultAccessLogProviders && Array.isArray(tm.spec.accessLogging) ? tm.spec.accessLogging : [];
      logging.forEach((l, i) => {
        if (!isMap(l) || l.disabled === true) return;
        if (Array.isArray(l.providers) && l.providers.length > 0) return;
        ctx.report({
          ...base,
          pointer: joinPointer(tm.obj.located.pointer, 'spec', 'accessLogging', i),
          severity: 'warning',
          istioCode: 'IST0157',
          message: 'this accessLogging entry names no providers, and the mesh config has no default access-log provider: it will be ignored',
        });
      });
    }
    const at = (tm: SelectorPolicy) => ({ doc: tm.obj.doc, object: tm.obj.located, pointer: joinPointer(tm.obj.located.pointer, 'metadata', 'name') });
    for (const [pod, list] of byPod) {
      if (list.length < 2) continue;
      for (const tm of list) {
        ctx.report({ ...at(tm), istioCode: 'IST0159', message: `${names(list)} select the same pods (${describeObject(pod.kind, pod.namespace, pod.name)}), which can lead to undefined behavior` });
      }
    }
    for (const [ns, list] of unselective) {
      if (list.length < 2) continue;
      for (const tm of list) {
        ctx.report({ ...at(tm), istioCode: 'IST0160', message: `${names(list)} in namespace ${JSON.stringify(ns)} have no workload selector, which can lead to undefined behavior` });
      }
    }
  },
};
