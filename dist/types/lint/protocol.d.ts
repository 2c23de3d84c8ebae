/**
 * Which protocol Istio gives a Service port (facts from istio/istio `pkg/config/kube/conversion.go`
 * and `pkg/config/protocol/instance.go`): `protocol: UDP` is UDP; otherwise `appProtocol` when
 * set, else the port name `<protocol>[-<suffix>]`, case-insensitive. A port whose protocol is
 * not known gets protocol detection and is carried as plain TCP when nothing is detected, except
 * the well-known server-first ports (SMTP, DNS, MySQL, MongoDB), which Istio treats as TCP
 * without detection (the `port-name` rule still reports them: they name no protocol).
 */
export declare const MESH_PROTOCOLS: readonly ['HTTP', 'HTTP2', 'HTTPS', 'GRPC', 'GRPC-Web', 'HTTP_PROXY', 'Mongo', 'MySQL', 'Redis', 'TCP', 'TLS', 'UDP'];
export type MeshProtocol = (typeof MESH_PROTOCOLS)[number];
/** SMTP, DNS, MySQL, MongoDB: Istio skips protocol detection and uses TCP. */
export declare const WELL_KNOWN_TCP_PORTS: ReadonlySet<number>;
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
export declare function resolvePortProtocol(p: PortInput): ResolvedProtocol;
/** How a port will be handled, for messages and for comparing ports: `HTTP`, `UDP`, `auto-detected (TCP)`. */
export declare function protocolLabel(r: ResolvedProtocol): string;
