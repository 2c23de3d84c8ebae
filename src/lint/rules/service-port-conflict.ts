import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import { istioPortConflicts } from '../istio-port-conflicts.js';
import type { Rule } from '../types.js';

const svcId = (s: { namespace: string; name: string }) => describeObject('Service', s.namespace, s.name);

export const servicePortConflict: Rule = {
  meta: {
    id: 'service-port-conflict',
    severity: 'warning',
    istioCodes: ['IST0116', 'IST0137'],
    description: 'The Services selecting a Deployment in the mesh give each port one Kubernetes protocol and reach each targetPort from one port (as istioctl analyze checks).',
    help:
      'Istio\'s own check, reported where Istio reports it: on the Deployment (its metadata.name), for Deployments Istio counts ' +
      'as in the mesh (an istio-proxy container, the label or annotation `sidecar.istio.io/inject: "true"`, or a Namespace in the ' +
      'input labelled `istio-injection=enabled`). IST0116: Services use one port number with different `protocol` fields ' +
      '(TCP when unset). IST0137: one targetPort is reached from different port numbers. Give each port number one protocol and ' +
      'each targetPort one port. Conflicts of the protocols Istio derives from port names are the `service-association` rule\'s.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0116/',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      const conflicts = istioPortConflicts(w, ctx.index);
      if (!conflicts) continue;
      const base = { doc: w.doc, object: w.located, pointer: joinPointer(w.located.pointer, 'metadata', 'name') };
      for (const [port, byProtocol] of conflicts.protocols) {
        const uses = [...byProtocol].flatMap(([protocol, list]) => list.map((u) => `${protocol} in ${svcId(u.svc)}`));
        ctx.report({
          ...base,
          istioCode: 'IST0116',
          message: `the pods are selected by Services that use port ${port} with different protocols (${uses.join(', ')})`,
        });
      }
      for (const [target, byPort] of conflicts.targetPorts) {
        const uses = [...byPort].sort((a, b) => a[0] - b[0]).map(([port, svcs]) => `${port} in ${svcs.map(svcId).join(' and ')}`);
        ctx.report({
          ...base,
          istioCode: 'IST0137',
          message: `the pods are selected by Services that send targetPort ${target} from different ports (${uses.join(', ')})`,
        });
      }
    }
  },
};
