import { trafficIndex } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const destinationruleHost: Rule = {
  meta: {
    id: 'destinationrule-host',
    severity: 'warning',
    istioCode: 'IST0174',
    description: 'Every DestinationRule\'s host is a Service or ServiceEntry host of the input.',
    help:
      'The `host` of a DestinationRule is resolved as a VirtualService destination is (a short name in the DestinationRule\'s ' +
      'namespace, `<name>.<namespace>.svc.cluster.local`, ServiceEntry hosts and their wildcards, within `exportTo`). A host ' +
      'that matches nothing means the rule\'s traffic policy and subsets apply to no traffic. Fix the host, or add the Service.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0174/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const dr of t.destinationRules) {
      if (t.hosts.lookup(dr.obj.namespace, dr.exportTo, dr.host.value)) continue;
      ctx.report({
        doc: dr.obj.doc,
        object: dr.obj.located,
        pointer: dr.host.pointer,
        at: 'value',
        message: `the host ${JSON.stringify(dr.host.value)} defined in the DestinationRule does not match any Service or ServiceEntry of the input`,
      });
    }
  },
};
