import { joinPointer } from '../../model/pointer.js';
import { optOutReason } from '../pod.js';
import type { Rule } from '../types.js';

export const hostNetwork: Rule = {
  meta: {
    id: 'host-network',
    severity: 'info',
    description: 'Pods on the host network cannot be injected; they stay outside the mesh.',
    help:
      'The sidecar redirects the pod\'s traffic with iptables rules in the pod\'s network namespace; a `hostNetwork: true` pod ' +
      'shares the node\'s, so Istio (and kube-inject) leaves it unchanged. If the workload must be in the mesh, drop hostNetwork; ' +
      'otherwise mark the intent with the label `sidecar.istio.io/inject: "false"`.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (w.podSpec.hostNetwork !== true) continue;
      // Already opted out for another reason (label, annotation, namespace): nothing to tell.
      if (optOutReason(w, { ignoreHostNetwork: true }) !== undefined) continue;
      ctx.report({
        doc: w.doc,
        object: w.located,
        pointer: joinPointer(w.templatePointer, 'spec', 'hostNetwork'),
        message: `the pods use the host network, so the sidecar cannot be injected and they stay outside the mesh`,
      });
    }
  },
};
