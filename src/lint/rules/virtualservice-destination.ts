import { describeObject } from '../../model/document.js';
import { trafficIndex, type Destination } from '../traffic/index.js';
import type { MeshHost } from '../traffic/registry.js';
import type { Rule, RuleContext } from '../types.js';
import type { VirtualService } from '../traffic/index.js';

export const virtualserviceDestination: Rule = {
  meta: {
    id: 'virtualservice-destination',
    severity: 'error',
    istioCodes: ['IST0101', 'IST0112'],
    description: 'Every VirtualService route and mirror goes to a host the mesh knows (a Service or ServiceEntry of the input), on a port it has.',
    help:
      'A destination `host` is resolved as Istio does: a short name in the VirtualService\'s namespace, ' +
      '`<name>.<namespace>.svc.cluster.local` for another namespace, any other name as a ServiceEntry host (wildcards match), ' +
      'seen only where the Service\'s `networking.istio.io/exportTo` or the ServiceEntry\'s `exportTo` allows. A host that ' +
      'resolves to nothing is IST0101: fix the name, or add the Service or ServiceEntry (a ServiceEntry for an external host). ' +
      'A `port.number` the host does not have is IST0101 too. A host with more than one port needs `port.number` in the ' +
      'destination (IST0112), or Envoy cannot tell which one to use.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0101/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    for (const vs of t.virtualServices) {
      for (const [list, what] of [[vs.routes, 'host'], [vs.mirrors, 'mirror host']] as const) {
        for (const d of list) {
          const found = t.hosts.lookup(vs.obj.namespace, vs.exportTo, d.host.value);
          if (!found) {
            report(ctx, vs, d.host.pointer, 'IST0101', `referenced ${what} not found: ${JSON.stringify(d.host.value)}; no Service or ServiceEntry of the input defines it for namespace ${JSON.stringify(vs.obj.namespace)}`);
            continue;
          }
          checkPorts(ctx, vs, d, found);
        }
      }
    }
  },
};

function report(ctx: RuleContext, vs: VirtualService, pointer: string, istioCode: string, message: string): void {
  ctx.report({ doc: vs.obj.doc, object: vs.obj.located, pointer, istioCode, message });
}

function checkPorts(ctx: RuleContext, vs: VirtualService, d: Destination, found: MeshHost): void {
  const numbers = found.ports.map((p) => p.number);
  const source = describeObject(found.source.kind, found.source.namespace, found.source.name);
  if (!d.port) {
    if (numbers.length > 1) {
      report(ctx, vs, d.host.pointer, 'IST0112', `the destination ${JSON.stringify(d.host.value)} (${source}) exposes ports ${numbers.join(', ')}; name one with port.number`);
    }
    return;
  }
  if (!numbers.includes(d.port.value)) {
    report(ctx, vs, d.port.pointer, 'IST0101', `referenced host:port not found: "${d.host.value}:${d.port.value}"; ${source} has port${numbers.length === 1 ? '' : 's'} ${numbers.join(', ') || 'none'}`);
  }
}
