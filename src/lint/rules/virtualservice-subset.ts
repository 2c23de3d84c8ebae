import { serviceNameOf } from '../traffic/hosts.js';
import { trafficIndex } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const virtualserviceSubset: Rule = {
  meta: {
    id: 'virtualservice-subset',
    severity: 'error',
    istioCode: 'IST0101',
    description: 'Every subset a VirtualService routes or mirrors to is defined by a DestinationRule of the input for that host.',
    help:
      'A route to `subset: v2` of `reviews` needs a DestinationRule whose `host` names the same Service (a short name is read in ' +
      'each resource\'s own namespace; `reviews.<namespace>.svc.cluster.local` names it from anywhere) and that lists a subset ' +
      '`name: v2`. Without it the proxy has no such cluster and the request fails with 503 (NR). Add the subset to the ' +
      'DestinationRule, or fix the name.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0101/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const known = new Set<string>();
    for (const dr of t.destinationRules) {
      const svc = serviceNameOf(dr.obj.namespace, dr.host.value);
      for (const s of dr.subsets) known.add(JSON.stringify([svc.namespace, svc.name, s.name.value]));
    }
    for (const vs of t.virtualServices) {
      for (const [list, what] of [[vs.routes, 'host+subset'], [vs.mirrors, 'mirror+subset']] as const) {
        for (const d of list) {
          if (!d.subset) continue;
          const svc = serviceNameOf(vs.obj.namespace, d.host.value);
          if (known.has(JSON.stringify([svc.namespace, svc.name, d.subset.value]))) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.subset.pointer,
            message: `referenced ${what} in destinationrule not found: "${d.host.value}+${d.subset.value}"; no DestinationRule of the input defines subset ${JSON.stringify(d.subset.value)} for ${svc.name}.${svc.namespace}`,
          });
        }
      }
    }
  },
};
