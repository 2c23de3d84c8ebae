import { joinPointer } from '../../model/pointer.js';
import { ALL_NAMESPACES, exportsToAll, hostsMatch, OWN_NAMESPACE, toFqdn } from '../traffic/hosts.js';
import { describeObject } from '../../model/document.js';
import { refKey, trafficIndex, type VirtualService } from '../traffic/index.js';
import type { Rule } from '../types.js';

export const conflictingMeshVirtualservices: Rule = {
  meta: {
    id: 'conflicting-mesh-virtualservices',
    severity: 'error',
    istioCode: 'IST0109',
    description: 'No two VirtualServices bound to the mesh (sidecars) define the same host for the same namespaces.',
    help:
      'A VirtualService with no `gateways`, or with `mesh` among them, configures the sidecars. Two of them for one host (short ' +
      'names read in each one\'s namespace; a wildcard host of a VirtualService exported everywhere counts for the hosts it ' +
      'matches) leave it undefined which routes apply. Merge them into one VirtualService, or narrow their `exportTo`.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0109/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    const byScoped = new Map<string, VirtualService[]>();
    for (const vs of t.virtualServices) {
      if (vs.gateways.length > 0 && !vs.gateways.some((g) => g.value === 'mesh')) continue;
      const scopes = exportsToAll(vs.exportTo) ? [ALL_NAMESPACES] : [...new Set(vs.exportTo.map((e) => (e === OWN_NAMESPACE ? vs.obj.namespace : e)))];
      for (const scope of scopes) {
        for (const h of vs.hosts) {
          const key = `${scope}/${toFqdn(vs.obj.namespace, h.value)}`;
          const list = byScoped.get(key) ?? [];
          if (!list.includes(vs)) list.push(vs);
          byScoped.set(key, list);
        }
      }
    }
    const reported = new Set<VirtualService>();
    for (const [key, own] of byScoped) {
      const slash = key.indexOf('/');
      const scope = key.slice(0, slash);
      const fqdn = key.slice(slash + 1);
      let list = own;
      if (scope !== ALL_NAMESPACES) {
        // Hosts exported everywhere that match this one count for its namespaces too.
        for (const [other, vss] of byScoped) {
          const os = other.indexOf('/');
          if (other.slice(0, os) === ALL_NAMESPACES && hostsMatch(fqdn, other.slice(os + 1))) list = [...list, ...vss];
        }
      }
      if (list.length < 2) continue;
      const names = [...list].sort((a, b) => (refKey(a.obj.namespace, a.obj.name) < refKey(b.obj.namespace, b.obj.name) ? -1 : 1)).map((v) => describeObject('VirtualService', v.obj.namespace, v.obj.name)).join(', ');
      for (const vs of list) {
        if (reported.has(vs)) continue;
        reported.add(vs);
        ctx.report({
          doc: vs.obj.doc,
          object: vs.obj.located,
          pointer: joinPointer(vs.obj.located.pointer, 'metadata', 'name'),
          message: `${names} are bound to the mesh and define the same host ${key}, which leaves their routing undefined; merge them into one VirtualService`,
        });
      }
    }
  },
};
