/**
 * The hosts of the mesh as Istio's analyzers look them up (`InitServiceEntryHostMap` and
 * `GetDestinationHost`): every ServiceEntry host and every Service (`name.namespace.svc.cluster.local`),
 * each filed under the namespaces that see it.
 */
import { isMap, str } from '../../model/values.js';
import type { IndexedObject, IndexedService } from '../mesh-index.js';
import { EXPORT_TO_ANNOTATION } from '../../istio/keys.js';
import { labelMap } from '../selector.js';
import { ALL_NAMESPACES, OWN_NAMESPACE, toFqdn } from './hosts.js';

export interface HostPort {
  readonly number: number;
  readonly name: string;
}

export interface MeshHost {
  /** The Service or ServiceEntry. */
  readonly source: IndexedObject;
  readonly service?: IndexedService;
  readonly ports: readonly HostPort[];
  /** A ServiceEntry's `workloadSelector.labels` (empty for a Service). */
  readonly workloadSelector: Readonly<Record<string, string>>;
}


export class HostRegistry {
  /** `scope/fqdn` → host; the last definition wins, as in Istio's map. */
  private readonly byScoped = new Map<string, MeshHost>();

  constructor(serviceEntries: readonly IndexedObject[], services: readonly IndexedService[]) {
    for (const se of serviceEntries) {
      const spec = isMap(se.located.object.spec) ? se.located.object.spec : {};
      const ports = Array.isArray(spec.ports) ? spec.ports : [];
      const host: MeshHost = {
        source: se,
        ports: ports.flatMap((p) => (isMap(p) && typeof p.number === 'number' ? [{ number: p.number, name: str(p.name) }] : [])),
        workloadSelector: isMap(spec.workloadSelector) ? labelMap(spec.workloadSelector.labels) : {},
      };
      const exportTo = Array.isArray(spec.exportTo) ? spec.exportTo.filter((x): x is string => typeof x === 'string') : [];
      const scopes = exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES) ? [ALL_NAMESPACES] : exportTo.map((e) => (e === OWN_NAMESPACE ? se.namespace : e));
      const hosts = Array.isArray(spec.hosts) ? spec.hosts.filter((x): x is string => typeof x === 'string') : [];
      for (const h of hosts) for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(se.namespace, h)}`, host);
    }
    for (const svc of services) {
      const host: MeshHost = {
        source: svc,
        service: svc,
        ports: svc.ports.flatMap((p) => (p.port !== undefined ? [{ number: p.port, name: p.name ?? '' }] : [])),
        workloadSelector: {},
      };
      const anno = svc.annotations[EXPORT_TO_ANNOTATION];
      const scopes =
        typeof anno === 'string' && anno !== ''
          ? anno.split(',').map((s) => (s.trim() === OWN_NAMESPACE ? svc.namespace : s.trim()))
          : [ALL_NAMESPACES];
      for (const scope of scopes) this.byScoped.set(`${scope}/${toFqdn(svc.namespace, svc.name)}`, host);
    }
  }

  /** Istio's `GetDestinationHost`: the host `host` names for a resource of `namespace` exported to `exportTo`. */
  lookup(namespace: string, exportTo: readonly string[], host: string): MeshHost | undefined {
    const fqdn = toFqdn(namespace, host);
    const all = this.byScoped.get(`${ALL_NAMESPACES}/${fqdn}`);
    if (all) return all;
    const scopes = exportTo.length === 0 ? [namespace] : exportTo.map((e) => (e === OWN_NAMESPACE ? namespace : e));
    for (const scope of scopes) {
      const found = this.byScoped.get(`${scope}/${fqdn}`);
      if (found) return found;
    }
    // Wildcard entries visible to the namespace: `*.example.com` serves `a.example.com`.
    const bare = host.startsWith('*') ? host.slice(1) : host;
    for (const [key, entry] of this.byScoped) {
      const slash = key.indexOf('/');
      const scope = key.slice(0, slash);
      const seHost = key.slice(slash + 1);
      if (!seHost.startsWith('*')) continue;
      if (scope !== ALL_NAMESPACES && scope !== namespace) continue;
      if (bare.endsWith(seHost.slice(1))) return entry;
    }
    return undefined;
  }
}
