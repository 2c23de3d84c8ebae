import { joinPointer } from '../../model/pointer.js';
import { appContainersOf, optOutReason } from '../pod.js';
import { isMap } from '../../model/values.js';
import { PROXY_UID } from '../../istio/sidecar.js';
import type { Rule } from '../types.js';

export const proxyUid: Rule = {
  meta: {
    id: 'proxy-uid',
    severity: 'error',
    istioCode: 'IST0144',
    description: 'No application container runs as UID 1337, the sidecar proxy\'s user.',
    help:
      'Istio tells its own traffic apart by user ID 1337: traffic from that UID is not redirected through Envoy, so an ' +
      'application running as 1337 bypasses the mesh. Set a different runAsUser in the pod or container securityContext.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/#pod-requirements',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== undefined) continue;
      const base = { doc: w.doc, object: w.located };
      if (isMap(w.podSpec.securityContext) && w.podSpec.securityContext.runAsUser === PROXY_UID) {
        ctx.report({
          ...base,
          pointer: joinPointer(w.templatePointer, 'spec', 'securityContext', 'runAsUser'),
          message: `the pod runs as user ID ${PROXY_UID}, which is reserved for the sidecar proxy`,
        });
      }
      for (const c of appContainersOf(w)) {
        if (c.init) continue;
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
