/**
 * What istio-iptables is told (its `config.Config`, the fields that shape the rules), with the
 * defaults it starts from. Ports, UIDs and marks come from `src/istio/`, the injector's source.
 */
import { INBOUND_TPROXY_MARK, INBOUND_TPROXY_ROUTE_TABLE, LOOPBACK_V4 } from '../istio/capture.js';
import { HBONE_PORT, PROXY_INBOUND_PORT, PROXY_OUTBOUND_PORT } from '../istio/ports.js';
import { PROXY_UID } from '../istio/sidecar.js';

export interface IptablesConfig {
  /** `-p`: Envoy's outbound port. */
  proxyPort: string;
  /** `-z`: Envoy's inbound port. */
  inboundCapturePort: string;
  /** `-e`: the HBONE tunnel port. */
  inboundTunnelPort: string;
  /** `-u`, `-g`: comma-separated; `-g` defaults to `-u`. */
  proxyUID: string;
  proxyGID: string;
  /** `-m`: REDIRECT, TPROXY (NONE: istio-init is not run). */
  inboundInterceptionMode: string;
  /** `-t`, `-r`. */
  inboundTProxyMark: string;
  inboundTProxyRouteTable: string;
  /** `-b`: `*`, a port list, or '' (no inbound capture). */
  inboundPortsInclude: string;
  /** `-d`: only with `-b *`. */
  inboundPortsExclude: string;
  /** `ISTIO_OUTBOUND_OWNER_GROUPS`, `ISTIO_OUTBOUND_OWNER_GROUPS_EXCLUDE`. */
  ownerGroupsInclude: string;
  ownerGroupsExclude: string;
  /** `-q`, `-o`. */
  outboundPortsInclude: string;
  outboundPortsExclude: string;
  /** `-i` (`*`, CIDRs, or '': no outbound capture), `-x`. */
  outboundIPRangesInclude: string;
  outboundIPRangesExclude: string;
  /** `-k`, `-c`. */
  rerouteVirtualInterfaces: string;
  excludeInterfaces: string;
  redirectDNS: boolean;
  captureAllDNS: boolean;
  dropInvalid: boolean;
  dualStack: boolean;
  /** Whether the pod has an IPv6 address (istio-iptables looks; kube-inject is told). */
  enableIPv6: boolean;
  /** The pod's DNS servers (its /etc/resolv.conf; kube-inject is told). */
  dnsServersV4: string[];
  dnsServersV6: string[];
  /** `ISTIO_OUTBOUND_IPV4_LOOPBACK_CIDR`. */
  hostIPv4LoopbackCidr: string;
}

/** istio-iptables' `DefaultConfig()`, with the UID and GID it falls back to. */
export function defaultIptablesConfig(): IptablesConfig {
  return {
    proxyPort: String(PROXY_OUTBOUND_PORT),
    inboundCapturePort: String(PROXY_INBOUND_PORT),
    inboundTunnelPort: String(HBONE_PORT),
    proxyUID: '',
    proxyGID: '',
    inboundInterceptionMode: '',
    inboundTProxyMark: String(INBOUND_TPROXY_MARK),
    inboundTProxyRouteTable: String(INBOUND_TPROXY_ROUTE_TABLE),
    inboundPortsInclude: '',
    inboundPortsExclude: '',
    ownerGroupsInclude: '*',
    ownerGroupsExclude: '',
    outboundPortsInclude: '',
    outboundPortsExclude: '',
    outboundIPRangesInclude: '',
    outboundIPRangesExclude: '',
    rerouteVirtualInterfaces: '',
    excludeInterfaces: '',
    redirectDNS: false,
    captureAllDNS: false,
    dropInvalid: false,
    dualStack: false,
    enableIPv6: false,
    dnsServersV4: [],
    dnsServersV6: [],
    hostIPv4LoopbackCidr: LOOPBACK_V4,
  };
}

/** istio-iptables' `FillConfigFromEnvironment` for the UID and GID: the proxy's UID unless given, the GID as the UID. */
export function withProxyIds(c: IptablesConfig): IptablesConfig {
  const proxyUID = c.proxyUID === '' ? String(PROXY_UID) : c.proxyUID;
  return { ...c, proxyUID, proxyGID: c.proxyGID === '' ? proxyUID : c.proxyGID };
}

/** Go's `config.Split`: comma-separated, empty items dropped. */
export function split(s: string): string[] {
  return s === '' ? [] : s.split(',').filter((x) => x !== '');
}
