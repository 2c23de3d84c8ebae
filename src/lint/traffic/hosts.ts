/**
 * Host names as Istio's analyzers resolve them (istio/istio `pkg/config/host` and
 * `pkg/config/analysis/analyzers/util/hosts.go`, `service_lookup.go`):
 * - a short name (no dot, no wildcard) is relative to the namespace of the resource that writes
 *   it: `reviews` in `bookinfo` is `reviews.bookinfo.svc.cluster.local`; a name with a dot is
 *   taken as written;
 * - `<name>.<namespace>.svc.cluster.local` names a Service of another namespace;
 * - `*.example.com` matches `a.example.com` and `*.b.example.com`; `*` matches everything;
 * - a ServiceEntry's hosts, and a Service's `networking.istio.io/exportTo` annotation, say which
 *   namespaces see a host (`*`: all, `.`: its own); none means all.
 */

export const CLUSTER_DOMAIN = 'svc.cluster.local';
export const ALL_NAMESPACES = '*';
export const OWN_NAMESPACE = '.';

/** Istio's `ConvertHostToFQDN`. */
export function toFqdn(namespace: string, host: string): string {
  return host.startsWith('*') || host.includes('.') ? host : `${host}.${namespace}.${CLUSTER_DOMAIN}`;
}

const FQDN = /^(.+)\.(.+)\.svc\.cluster\.local$/;

/** Istio's `GetResourceNameFromHost`: the Service a host names (FQDN, or short in `namespace`). */
export function serviceNameOf(namespace: string, host: string): { namespace: string; name: string } {
  const m = FQDN.exec(host);
  return m ? { namespace: m[2]!, name: m[1]! } : { namespace, name: host };
}

/** Istio's `host.Name.Matches`: either side may be a wildcard. */
export function hostsMatch(a: string, b: string): boolean {
  const aw = a.startsWith('*');
  const bw = b.startsWith('*');
  if (aw && bw) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aw) return b.endsWith(a.slice(1));
  if (bw) return a.endsWith(b.slice(1));
  return a === b;
}

/** Istio's `host.NamesForNamespace`: `ns/host` entries of other namespaces dropped, the rest stripped. */
export function namesForNamespace(hosts: readonly string[], namespace: string): string[] {
  const out: string[] = [];
  for (const h of hosts) {
    const slash = h.indexOf('/');
    if (slash < 0) {
      out.push(h);
      continue;
    }
    const ns = h.slice(0, slash);
    if (ns === namespace || ns === ALL_NAMESPACES) out.push(h.slice(slash + 1));
  }
  return out;
}

/** Istio's `IsExportToAllNamespaces`: no exportTo, or one that lists `*`. */
export function exportsToAll(exportTo: readonly string[]): boolean {
  return exportTo.length === 0 || exportTo.includes(ALL_NAMESPACES);
}
