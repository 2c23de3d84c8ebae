import { joinPointer } from '../../model/pointer.js';
import { appContainersOf, optOutReason } from '../pod.js';
import { isMap } from '../../model/values.js';
import { RESERVED_PORTS } from '../../istio/ports.js';
import type { Rule } from '../types.js';

export const reservedPort: Rule = {
  meta: {
    id: 'reserved-port',
    severity: 'error',
    description: 'No application container listens on a port the Istio sidecar reserves.',
    help:
      `The sidecar listens on ${[...RESERVED_PORTS.keys()].join(', ')} in the pod's network namespace; an application port there ` +
      'clashes with it, and traffic to it is captured by Envoy. Move the application to another port.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/#ports-used-by-istio',
  },
  check(ctx) {
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== undefined) continue;
      for (const c of appContainersOf(w)) {
        const ports = c.container.ports;
        if (!Array.isArray(ports)) continue;
        ports.forEach((p, i) => {
          if (!isMap(p) || typeof p.containerPort !== 'number') return;
          const use = RESERVED_PORTS.get(p.containerPort);
          if (use === undefined) return;
          ctx.report({
            doc: w.doc,
            object: w.located,
            pointer: joinPointer(c.pointer, 'ports', i),
            message: `container ${JSON.stringify(c.name)} listens on port ${p.containerPort}, which the Istio sidecar reserves (${use})`,
          });
        });
      }
    }
  },
};
