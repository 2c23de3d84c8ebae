import { describeObject } from '../../model/document.js';
import { joinPointer } from '../../model/pointer.js';
import { isMap, str } from '../../model/values.js';
import { ALL_NAMESPACES, exportsToAll, OWN_NAMESPACE } from '../traffic/hosts.js';
import { refKey, specOf, strings, trafficIndex } from '../traffic/index.js';
import type { IndexedObject } from '../mesh-index.js';
import type { Rule } from '../types.js';

export const serviceentryPorts: Rule = {
  meta: {
    id: 'serviceentry-ports',
    severity: 'warning',
    istioCodes: ['IST0134', 'IST0177'],
    description: 'A ServiceEntry with a TCP port has addresses, and ServiceEntries that share a host and port agree on its protocol.',
    help:
      'The sidecar tells TCP traffic of different ServiceEntries apart by destination address: a ServiceEntry without ' +
      '`addresses` whose port has protocol TCP (or none) is IST0134, unless the mesh allocates addresses itself (the proxy ' +
      'metadata ISTIO_META_DNS_CAPTURE with ISTIO_META_DNS_AUTO_ALLOCATE in the mesh config given with `--mesh-config`; ' +
      'Istio\'s default does not). Add `addresses`, or name the port\'s protocol (HTTP, TLS …). Two ServiceEntries visible to the same ' +
      'namespaces that give one host and port different protocols are IST0177: Istio keeps one of them. Make them agree.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0134/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const allocates = ctx.settings.mesh.allocatesAddresses;
    const byKey = new Map<string, Array<{ protocol: string; se: IndexedObject }>>();
    for (const se of t.serviceEntries) {
      const spec = specOf(se);
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const hosts = strings(spec.hosts);
      const exportTo = strings(spec.exportTo);
      const scopes = exportsToAll(exportTo) ? [ALL_NAMESPACES] : [...new Set(exportTo.map((e) => (e === OWN_NAMESPACE ? se.namespace : e)))];
      // Addresses the cluster allocated (status.addresses, in a manifest exported from a cluster) count too.
      const status = se.located.object.status;
      const allocated = isMap(status) && Array.isArray(status.addresses) && status.addresses.length > 0;
      ports.forEach((p, i) => {
        if (!isMap(p)) return;
        const protocol = str(p.protocol);
        if (spec.addresses === undefined && !allocated && !allocates && (protocol === '' || protocol.toUpperCase() === 'TCP')) {
          ctx.report({
            doc: se.doc,
            object: se.located,
            pointer: joinPointer(se.located.pointer, 'spec', 'ports', i),
            istioCode: 'IST0134',
            message: `port ${typeof p.number === 'number' ? p.number : '?'} is TCP and the ServiceEntry has no addresses: the sidecar cannot tell its traffic from other TCP traffic on that port; add addresses`,
          });
        }
        if (typeof p.number !== 'number') return;
        for (const scope of scopes) {
          for (const h of hosts) {
            const key = JSON.stringify([scope, h, p.number]);
            byKey.set(key, [...(byKey.get(key) ?? []), { protocol: protocol.toUpperCase(), se }]);
          }
        }
      });
    }
    const reported = new Set<IndexedObject>();
    for (const [key, own] of byKey) {
      const [scope, host, port] = JSON.parse(key) as [string, string, number];
      const entries = scope === ALL_NAMESPACES ? own : [...own, ...(byKey.get(JSON.stringify([ALL_NAMESPACES, host, port])) ?? [])];
      const protocols = [...new Set(entries.map((e) => e.protocol))].sort();
      if (protocols.length < 2) continue;
      const ses = [...new Set(entries.map((e) => e.se))].sort((a, b) => (refKey(a.namespace, a.name) < refKey(b.namespace, b.name) ? -1 : 1));
      const names = ses.map((se) => describeObject('ServiceEntry', se.namespace, se.name)).join(', ');
      for (const se of ses) {
        if (reported.has(se)) continue;
        reported.add(se);
        ctx.report({
          doc: se.doc,
          object: se.located,
          pointer: joinPointer(se.located.pointer, 'metadata', 'name'),
          istioCode: 'IST0177',
          message: `${names} define host ${JSON.stringify(host)} port ${port} with conflicting protocols (${protocols.map((p) => p || '(none)').join(', ')})`,
        });
      }
    }
  },
};
