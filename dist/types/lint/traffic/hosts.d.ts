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
export declare const CLUSTER_DOMAIN = "svc.cluster.local";
export declare const ALL_NAMESPACES = "*";
export declare const OWN_NAMESPACE = ".";
/** Istio's `ConvertHostToFQDN`. */
export declare function toFqdn(namespace: string, host: string): string;
/** Istio's `GetResourceNameFromHost`: the Service a host names (FQDN, or short in `namespace`). */
export declare function serviceNameOf(namespace: string, host: string): {
    namespace: string;
    name: string;
};
/** Istio's `host.Name.Matches`: either side may be a wildcard. */
export declare function hostsMatch(a: string, b: string): boolean;
/** Istio's `host.NamesForNamespace`: `ns/host` entries of other namespaces dropped, the rest stripped. */
export declare function namesForNamespace(hosts: readonly string[], namespace: string): string[];
/** Istio's `IsExportToAllNamespaces`: no exportTo, or one that lists `*`. */
export declare function exportsToAll(exportTo: readonly string[]): boolean;
