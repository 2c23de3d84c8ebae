import { joinPointer } from '../../model/pointer.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import type { IndexedService, IndexedWorkload } from '../mesh-index.js';
import { isMap } from '../../model/values.js';
import { selectorString, specOf, trafficIndex } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const gatewayWorkload: Rule = {
  meta: {
    id: 'gateway-workload',
    severity: 'error',
    istioCodes: ['IST0101', 'IST0162'],
    description: 'Every Gateway\'s selector matches gateway pods of the input, and each server port is a port of the Services of those pods.',
    help:
      'A Gateway configures the gateway proxies its `selector` matches (in any namespace). When no pod of the input matches, ' +
      'nothing serves it: IST0101 (pass the gateway\'s Deployment with `--context`, or fix the selector; an empty selector ' +
      'matches any pod). A server `port.number` must be a port the gateway pods receive through their Services: a `targetPort` ' +
      '(or the port, when the targetPort is a name or absent) of a TCP port of a Service selecting them, or a Service `port` ' +
      'that has a targetPort; otherwise IST0162 (a warning): the port is not reachable through the gateway Service. A port with ' +
      'no `protocol` counts as TCP, as Kubernetes defaults it.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0162/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const services = ctx.index.services.filter(isAnalyzedByIstio);
    for (const gw of t.gateways) {
      const pods = t.podsWith(gw.selector);
      const sel = selectorString(gw.selector);
      const first = Object.keys(gw.selector).sort()[0];
      const base = { doc: gw.obj.doc, object: gw.obj.located };
      if (pods.length === 0) {
        ctx.report({
          ...base,
          pointer: first === undefined ? gw.selectorPointer : joinPointer(gw.selectorPointer, first),
          istioCode: 'IST0101',
          message: `referenced selector not found: ${JSON.stringify(sel)}; no pod of the input has these labels, so no gateway proxy serves this Gateway`,
        });
        continue;
      }
      const { targets, mapped } = reachablePorts(pods, services);
      for (const server of gw.servers) {
        if (server.port === undefined || targets.has(server.port) || mapped.has(server.port)) continue;
        ctx.report({
          ...base,
          pointer: joinPointer(server.pointer, 'port', 'number'),
          severity: 'warning',
          istioCode: 'IST0162',
          message: `the Gateway listens on port ${server.port}, which no Service of its pods (selector ${sel}) sends traffic to (${describePorts(targets)}); it is not reachable through the gateway Service`,
        });
      }
    }
  },
};

function describePorts(targets: ReadonlySet<number>): string {
  return targets.size === 0 ? 'they have no TCP port' : `target ports ${[...targets].sort((a, b) => a - b).join(', ')}`;
}

/** Istio's reading of the Services of the gateway pods: target ports, and Service ports that have a targetPort. */
function reachablePorts(pods: readonly IndexedWorkload[], services: readonly IndexedService[]): { targets: Set<number>; mapped: Set<number> } {
  const targets = new Set<number>();
  const mapped = new Set<number>();
  // A Service without a selector is an empty set to Istio, which matches every pod of its namespace.
  const unselective = services.filter((svc) => {
    const raw = specOf(svc).selector;
    return !isMap(raw) || Object.keys(raw).length === 0;
  });
  const seen = new Set<IndexedService>();
  for (const pod of pods) {
    for (const svc of [...pod.services, ...unselective.filter((s) => s.namespace === pod.namespace)]) {
      if (seen.has(svc)) continue;
      seen.add(svc);
      for (const p of svc.ports) {
        if (p.port === undefined || p.k8sProtocol !== 'TCP') continue;
        const tp = /^[0-9]+$/.test(p.targetPort) ? Number(p.targetPort) : 0;
        if (tp !== 0) {
          targets.add(tp);
          mapped.add(p.port);
        } else targets.add(p.port);
      }
    }
  }
  return { targets, mapped };
}
