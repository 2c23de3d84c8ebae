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

/** The chains istio-iptables creates. */
export const ISTIO_CHAINS = {
  output: 'ISTIO_OUTPUT',
  outputDns: 'ISTIO_OUTPUT_DNS',
  inbound: 'ISTIO_INBOUND',
  divert: 'ISTIO_DIVERT',
  tproxy: 'ISTIO_TPROXY',
  redirect: 'ISTIO_REDIRECT',
  inRedirect: 'ISTIO_IN_REDIRECT',
  drop: 'ISTIO_DROP',
} as const;

/** Environment variables istio-iptables reads besides the upper-snake names of its flags. */
export const IPTABLES_ENV = {
  /** Also sets `--redirect-dns` (the agent's DNS capture switch, from proxy metadata). */
  dnsCapture: 'ISTIO_META_DNS_CAPTURE',
  /** Also sets `--drop-invalid`. */
  invalidDrop: 'INVALID_DROP',
  /** Also sets `--dual-stack`. */
  dualStack: 'ISTIO_DUAL_STACK',
  /** Also set `-m` and `-t`. */
  interceptionMode: 'INBOUND_INTERCEPTION_MODE',
  tproxyMark: 'INBOUND_TPROXY_MARK',
  /** Owner groups whose traffic is captured (`*`), or not. */
  ownerGroups: 'ISTIO_OUTBOUND_OWNER_GROUPS',
  ownerGroupsExclude: 'ISTIO_OUTBOUND_OWNER_GROUPS_EXCLUDE',
  /** The loopback range (default 127.0.0.1/32). */
  loopbackCidr: 'ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR',
} as const;
