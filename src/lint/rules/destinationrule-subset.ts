import { describeObject } from '../../model/document.js';
import { matchesSet, trafficIndex } from '../traffic/index.js';
import { HOSTNAME_LABEL, LOCALITY_LABELS } from '../../istio/topology.js';
import type { IndexedWorkload } from '../mesh-index.js';
import type { Rule } from '../types.js';

const HOSTNAME = HOSTNAME_LABEL;
const LOCALITY: readonly string[] = LOCALITY_LABELS;
const TOPOLOGY_LABELS = new Set([HOSTNAME, ...LOCALITY]);

/**
 * A pod's labels as Istio's service registry augments them (`AugmentLabels`), which is what subsets
 * select: a pod with `spec.nodeName` gets `kubernetes.io/hostname`, and the region, zone and
 * subzone labels of that Node when the input has it.
 */
function augmentedLabels(p: IndexedWorkload, nodes: ReadonlyMap<string, Readonly<Record<string, string>>>): Record<string, string> {
  const node = typeof p.podSpec.nodeName === 'string' ? p.podSpec.nodeName : '';
  if (node === '') return { ...p.podLabels };
  const out: Record<string, string> = { ...p.podLabels };
  const labels = nodes.get(node) ?? {};
  for (const key of LOCALITY) if (labels[key]) out[key] = labels[key];
  out[HOSTNAME] = node;
  return out;
}

export const destinationruleSubset: Rule = {
  meta: {
    id: 'destinationrule-subset',
    severity: 'error',
    istioCode: 'IST0173',
    description: 'Every DestinationRule subset selects pods of the input, and (kube-inject\'s own check) pods of the Service it is for.',
    help:
      'A subset\'s `labels` (with a ServiceEntry\'s workloadSelector) pick the endpoints traffic to the subset goes to. When no pod ' +
      'of the input has them, a route to the subset finds no healthy upstream and fails with 503 UH: IST0173. Istio compares ' +
      'the labels with every pod, of any namespace and any app; kube-inject also checks, for a host that is a Service of the ' +
      'input, that some pod of that Service has them (a finding without an Istio code, a warning): a `version: v3` subset of ' +
      '`reviews` is not served by a `ratings` pod labelled `version: v3`. Label the pod templates with the subset\'s labels ' +
      '(usually `version`), or fix the subset.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0173/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const nodes = new Map(ctx.index.objects.filter((o) => o.kind === 'Node').map((o) => [o.name, o.labels]));
    for (const dr of t.destinationRules) {
      const host = t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value);
      if (!host) continue; // destinationrule-host (IST0174)
      for (const subset of dr.subsets) {
        const wanted = { ...host.workloadSelector, ...subset.labels };
        const base = { doc: dr.obj.doc, object: dr.obj.located, pointer: subset.name.pointer };
        const topology = Object.keys(wanted).some((k) => TOPOLOGY_LABELS.has(k));
        if (topology ? !t.pods.some((p) => matchesSet(wanted, augmentedLabels(p, nodes))) : !t.findPodWith(wanted)) {
          ctx.report({ ...base, message: `the subset ${JSON.stringify(subset.name.value)} defined in the DestinationRule selects no pod of the input (labels ${describe(wanted)}); requests routed to it fail with 503 UH (no healthy upstream)` });
          continue;
        }
        const svc = host.service;
        if (!svc || svc.selector === null) continue;
        if (t.podsOf(svc).some((p) => matchesSet(wanted, p.podLabels))) continue;
        const others = t.podsWith(wanted).slice(0, 3).map((p) => describeObject(p.kind, p.namespace, p.name)).join(', ');
        ctx.report({
          ...base,
          severity: 'warning',
          istioCode: null,
          message: `the subset ${JSON.stringify(subset.name.value)} selects no pod of ${describeObject('Service', svc.namespace, svc.name)} (labels ${describe(wanted)}); only pods of other workloads have them (${others}), so requests routed to it find no healthy upstream`,
        });
      }
    }
  },
};

function describe(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  return pairs.length === 0 ? 'none: every pod' : pairs.join(',');
}
