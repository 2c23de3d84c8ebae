/**
 * Which protocol Istio gives a Service port (facts from istio/istio `pkg/config/kube/conversion.go`
 * and `pkg/config/protocol/instance.go`): `protocol: UDP` is UDP; otherwise `appProtocol` when
 * set, else the port name `<protocol>[-<suffix>]`, case-insensitive. A port whose protocol is
 * not known gets protocol detection and is carried as plain TCP when nothing is detected, except
 * the well-known server-first ports (SMTP, DNS, MySQL, MongoDB), which Istio treats as TCP
 * without detection (the `port-name` rule still reports them: they name no protocol).
 */

export const MESH_PROTOCOLS = [
  'HTTP', 'HTTP2', 'HTTPS', 'GRPC', 'GRPC-Web', 'HTTP_PROXY', 'Mongo', 'MySQL', 'Redis', 'TCP', 'TLS', 'UDP',
] as const;
export type MeshProtocol = (typeof MESH_PROTOCOLS)[number];

const BY_NAME: ReadonlyMap<string, MeshProtocol> = new Map(MESH_PROTOCOLS.map((p) => [p.toLowerCase(), p]));

/** `appProtocol` values Kubernetes defines. */
const KUBERNETES_APP_PROTOCOLS: ReadonlyMap<string, MeshProtocol> = new Map([
  ['kubernetes.io/h2c', 'HTTP2'],
  ['kubernetes.io/ws', 'HTTP'],
  ['kubernetes.io/wss', 'HTTPS'],
]);

/** SMTP, DNS, MySQL, MongoDB: Istio skips protocol detection and uses TCP. */
export const WELL_KNOWN_TCP_PORTS: ReadonlySet<number> = new Set([25, 53, 3306, 27017]);

export interface PortInput {
  readonly name?: string;
  readonly port?: number;
  /** The Kubernetes `protocol` field (TCP, UDP, SCTP). */
  readonly protocol?: string;
  readonly appProtocol?: string;
}

export interface ResolvedProtocol {
  /** Null when neither `appProtocol` nor the name names a protocol Istio knows. */
  readonly protocol: MeshProtocol | null;
  readonly by: 'protocol' | 'appProtocol' | 'name' | 'well-known port' | 'none';
}

export function resolvePortProtocol(p: PortInput): ResolvedProtocol {
  if (p.protocol?.toUpperCase() === 'UDP') return { protocol: 'UDP', by: 'protocol' };
  const by = p.appProtocol !== undefined ? 'appProtocol' : 'name';
  const name = (p.appProtocol ?? p.name ?? '').toLowerCase();
  if (by === 'appProtocol' && KUBERNETES_APP_PROTOCOLS.has(name)) return { protocol: KUBERNETES_APP_PROTOCOLS.get(name)!, by };
  // `grpc-web` holds a dash, so it is matched before the name is cut at the first dash.
  const prefix = name.startsWith('grpc-web') ? 'grpc-web' : name.split('-')[0]!;
  const known = BY_NAME.get(prefix);
  if (known) return { protocol: known, by };
  if (p.port !== undefined && WELL_KNOWN_TCP_PORTS.has(p.port)) return { protocol: 'TCP', by: 'well-known port' };
  return { protocol: null, by: 'none' };
}

/** How a port will be handled, for messages and for comparing ports: `HTTP`, `UDP`, `auto-detected (TCP)`. */
export function protocolLabel(r: ResolvedProtocol): string {
  return r.protocol ?? 'auto-detected (TCP)';
}
