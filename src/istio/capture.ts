/**
 * istio-iptables' own defaults (`tools/istio-iptables/pkg/config`, `constants`), besides the ports
 * (`ports.ts`) and the proxy's UID/GID (`sidecar.ts`).
 */
import { PROXY_UID } from './sidecar.js';

/** The mark TPROXY puts on inbound packets (`-t`); istio-iptables' default is the proxy UID's number. */
export const INBOUND_TPROXY_MARK = PROXY_UID;
/** The mark on packets from Envoy's outbound to its inbound side, over loopback (TPROXY mode). */
export const OUTBOUND_MARK = 1338;
/** The routing table of TPROXY mode (`-r`). */
export const INBOUND_TPROXY_ROUTE_TABLE = 133;
/** The source address Envoy uses for inbound passthrough connections to the app. */
export const PASSTHROUGH_SOURCE_V4 = '127.0.0.6/32';
export const PASSTHROUGH_SOURCE_V6 = '::6/128';
/** The loopback range the app reaches itself on (`ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR`). */
export const LOOPBACK_V4 = '127.0.0.1/32';
export const LOOPBACK_V6 = '::1/128';
/** The interception modes (`-m`, `sidecar.istio.io/interceptionMode`). */
export const INTERCEPTION_MODES = ['REDIRECT', 'TPROXY', 'NONE'] as const;
