import { joinPointer } from '../../model/pointer.js';
import { describeObject } from '../../model/document.js';
import { matchesSet, refKey, selectorString, trafficIndex, type Gateway } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const conflictingGateways: Rule = {
  meta: {
    id: 'conflicting-gateways',
    severity: 'error',
    istioCode: 'IST0145',
    description: 'No two Gateways for the same gateway pods declare the same host on the same port (and bind address).',
    help:
      'Gateways whose selectors are the same, or select the same pods of the input, share the proxies\' listeners. Two servers ' +
      'on one port that both list a host (with the same `bind`) conflict, and only one of them takes effect. Merge the servers ' +
      'into one Gateway, or give them different hosts or ports. (Istio\'s analyzer also remembers the hosts of a server that ' +
      'did not conflict as if the other Gateway had them, so its verdicts depend on the order it visits Gateways; kube-inject ' +
      'compares each pair of Gateways as written.)',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0145/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const name = (g: Gateway) => refKey(g.obj.namespace, g.obj.name);
    const sel = new Map(t.gateways.map((g) => [g, selectorString(g.selector)]));
    const samePods = (a: Gateway, b: Gateway): boolean => {
      const sa = sel.get(a)!;
      const sb = sel.get(b)!;
      if (sa === sb) return true;
      if (!sa.includes(sb) && !sb.includes(sa)) return false;
      return t.pods.some((p) => matchesSet(a.selector, p.podLabels) && matchesSet(b.selector, p.podLabels));
    };
    for (const gw of t.gateways) {
      const others = t.gateways.filter((o) => o !== gw && name(o) !== name(gw) && samePods(gw, o));
      gw.servers.forEach((server) => {
        const port = server.port ?? 0;
        const conflicts = others.filter((o) => {
          // Istio keeps, per Gateway and port, the hosts of its last server on that port.
          const last = [...o.servers].reverse().find((s) => (s.port ?? 0) === port);
          return last !== undefined && server.hosts.some((h) => last.hosts.includes(h) && last.bind === server.bind);
        });
        if (conflicts.length === 0) return;
        const names = conflicts.map(name).sort().map((n) => describeObject('Gateway', ...(n.split('/') as [string, string]))).join(', ');
        ctx.report({
          doc: gw.obj.doc,
          object: gw.obj.located,
          pointer: joinPointer(server.pointer, 'hosts'),
          message: `conflict with ${names} (workload selector ${sel.get(gw)}, port ${port}, hosts ${server.hosts.join(',')}): they declare the same host on the same port for the same gateway pods`,
        });
      });
    }
  },
};
