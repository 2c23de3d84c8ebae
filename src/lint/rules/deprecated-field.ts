import { joinPointer } from '../../model/pointer.js';
import { isMap } from '../../model/values.js';
import { specOf, trafficIndex } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const deprecatedField: Rule = {
  meta: {
    id: 'deprecated-field',
    severity: 'warning',
    istioCode: 'IST0002',
    description: 'No deprecated fields in VirtualServices and Sidecars (the ones istioctl analyze reports).',
    help:
      'A VirtualService\'s `http[].fault.delay.percent` is replaced by `percentage` (`{value: 10}`); a Sidecar\'s ' +
      '`outboundTrafficPolicy.egressProxy` is ignored. Use the replacement, or remove the field.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0002/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      const http = specOf(vs.obj).http;
      (Array.isArray(http) ? http : []).forEach((route, i) => {
        const delay = isMap(route) && isMap(route.fault) && isMap(route.fault.delay) ? route.fault.delay : undefined;
        if (!delay || typeof delay.percent !== 'number' || delay.percent <= 0) return;
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, 'spec', 'http', i, 'fault', 'delay', 'percent'),
          message: 'HTTPRoute.fault.delay.percent is deprecated; use HTTPRoute.fault.delay.percentage',
        });
      });
    }
    for (const sc of t.sidecars) {
      const policy = sc.spec.outboundTrafficPolicy;
      if (!isMap(policy) || !isMap(policy.egressProxy)) continue;
      ctx.report({
        doc: sc.obj.doc,
        object: sc.obj.located,
        pointer: joinPointer(sc.obj.located.pointer, 'spec', 'outboundTrafficPolicy', 'egressProxy'),
        message: 'OutboundTrafficPolicy.EgressProxy is deprecated and ignored',
      });
    }
  },
};
