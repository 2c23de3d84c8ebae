import { serviceNameOf } from '../traffic/hosts.js';
import { trafficIndex } from '../traffic/index.js';
import { describeObject } from '../../model/document.js';
import type { TrafficIndex, VirtualService } from '../traffic/index.js';
import type { Rule, RuleContext } from '../types.js';

export const virtualserviceSubset: Rule = {
  meta: {
    id: 'virtualservice-subset',
    severity: 'error',
    istioCodes: ['IST0101', 'IST0140'],
    description: 'Every subset a VirtualService routes or mirrors to is defined by a DestinationRule of the input for that host; gateway routes name the subset the mesh routes use.',
    help:
      'A route to `subset: v2` of `reviews` needs a DestinationRule whose `host` names the same Service (a short name is read in ' +
      'each resource\'s own namespace; `reviews.<namespace>.svc.cluster.local` names it from anywhere) and that lists a subset ' +
      '`name: v2`. Without it the proxy has no such cluster and the request fails with 503 (NR): IST0101. Add the subset to ' +
      'the DestinationRule, or fix the name. A VirtualService bound to a gateway that routes to a host without a subset, where ' +
      'a VirtualService for that host routes to subsets, bypasses those subset routes for requests that come in through the ' +
      'gateway: IST0140 (a warning). Name the subset in the gateway\'s route too.',
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
            istioCode: 'IST0101',
            message: `referenced ${what} in destinationrule not found: "${d.host.value}+${d.subset.value}"; no DestinationRule of the input defines subset ${JSON.stringify(d.subset.value)} for ${svc.name}.${svc.namespace}`,
          });
        }
      }
    }
    ingressRoutesWithoutSubset(ctx, t);
  },
};

/**
 * Istio's IST0140, as its analyzer decides it: for a VirtualService with gateways, each HTTP route
 * without a subset whose host (as written) is the host of a subset route of a VirtualService that
 * lists that host among its own hosts.
 */
function ingressRoutesWithoutSubset(ctx: RuleContext, t: TrafficIndex): void {
  const subsetRoutes = new Map<VirtualService, string[]>();
  for (const vs of t.virtualServices) {
    const own = new Set(vs.hosts.map((h) => h.value));
    const hosts = vs.routes.filter((d) => d.rule === 'http' && d.subset && own.has(d.host.value)).map((d) => d.host.value);
    if (hosts.length > 0) subsetRoutes.set(vs, hosts);
  }
  for (const vs of t.virtualServices) {
    if (vs.gateways.length === 0) continue;
    for (const d of vs.routes) {
      if (d.rule !== 'http' || d.subset) continue;
      for (const [other, hosts] of subsetRoutes) {
        for (const h of hosts) {
          if (h !== d.host.value) continue;
          ctx.report({
            doc: vs.obj.doc,
            object: vs.obj.located,
            pointer: d.host.pointer,
            severity: 'warning',
            istioCode: 'IST0140',
            message: `${describeObject('VirtualService', other.obj.namespace, other.obj.name)} routes ${JSON.stringify(h)} to subsets, which has no effect on the requests this VirtualService routes from its gateway without a subset; name the subset here too`,
          });
        }
      }
    }
  }
}
