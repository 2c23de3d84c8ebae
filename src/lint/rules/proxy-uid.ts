import { joinPointer } from '../../model/pointer.js';
import { appContainersOf, optOutReason } from '../pod.js';
import { isMap } from '../../model/values.js';
import { PROXY_UID } from '../../istio/sidecar.js';
import { isAnalyzedByIstio, isIstioControlPlane } from '../istio-scope.js';
import type { Rule } from '../types.js';

const ISTIO_KINDS = new Set(['Pod', 'Deployment']);

export const proxyUid: Rule = {
  meta: {
    id: 'proxy-uid',
    severity: 'error',
    istioCode: 'IST0144',
    description: 'No application container runs as UID 1337, the sidecar proxy\'s user.',
    help:
      'Istio tells its own traffic apart by user ID 1337: traffic from that UID is not redirected through Envoy, so an ' +
      'application running as 1337 bypasses the mesh. Set a different runAsUser in the pod or container securityContext. ' +
      'IST0144 is Istio\'s code for Pods and Deployments (checked even when opted out of injection, as Istio does); the other ' +
      'workload kinds are kube-inject\'s own check, for pods that take a sidecar.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/#pod-requirements',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      // Istio checks Pods and Deployments (not the control plane's), injected or not; kube-inject
      // also checks the other workload kinds, when their pods take a sidecar, without the code.
      const istio = ISTIO_KINDS.has(w.kind) && isAnalyzedByIstio(w) && !isIstioControlPlane(w);
      if (!istio && optOutReason(w) !== undefined) continue;
      const base = { doc: w.doc, object: w.located, istioCode: istio ? undefined : null };
      if (isMap(w.podSpec.securityContext) && w.podSpec.securityContext.runAsUser === PROXY_UID) {
        ctx.report({
          ...base,
          pointer: joinPointer(w.templatePointer, 'spec', 'securityContext', 'runAsUser'),
          message: `the pod runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`,
        });
      }
      for (const c of appContainersOf(w)) {
        if (c.init || c.name === 'istio-operator') continue;
        const sc = c.container.securityContext;
        if (!isMap(sc) || sc.runAsUser !== PROXY_UID) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(c.pointer, 'securityContext', 'runAsUser'),
          message: `container ${JSON.stringify(c.name)} runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`,
        });
      }
    }
  },
};
