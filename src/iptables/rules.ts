/**
 * The rules istio-iptables applies for a configuration (its `IptablesConfigurator.Run`, in the
 * same order): interface and virtual-interface short cuts, the redirect chains, inbound capture
 * (REDIRECT or TPROXY), the output chain with the proxy's UID/GID exemptions, DNS capture,
 * outbound ranges and ports. Pure: a configuration in, rule lists out.
 */
import { DNS_PROXY_PORT } from '../istio/ports.js';
import { ISTIO_CHAINS, LOOPBACK_V6, OUTBOUND_MARK, PASSTHROUGH_SOURCE_V4, PASSTHROUGH_SOURCE_V6 } from '../istio/capture.js';
import { KubeInjectError } from '../model/errors.js';
import { RuleBuilder, VERSIONED, type Rule } from './builder.js';
import { separateV4V6, type NetworkRange } from './cidr.js';
import { split, type IptablesConfig } from './config.js';
import { addDnsRules } from './dns.js';

export const CHAIN = ISTIO_CHAINS;

export interface IptablesRules {
  readonly v4: readonly Rule[];
  /** Empty unless the pod has IPv6. */
  readonly v6: readonly Rule[];
  /** What istio-iptables logs and acts on (DNS capture switched off without servers). */
  readonly warnings: readonly string[];
}

const DNS_PORT = '53';

/** @throws KubeInjectError (`usage`) for a bad IP range, or `-x *`. */
export function buildRules(cfg: IptablesConfig): IptablesRules {
  const b = new RuleBuilder(cfg.enableIPv6);
  const warnings: string[] = [];
  const tproxy = cfg.inboundInterceptionMode === 'TPROXY';
  const exclude = separateV4V6(cfg.outboundIPRangesExclude, '-x');
  if (exclude.v4.isWildcard) throw new KubeInjectError('usage', 'iptables: -x: invalid value for OUTBOUND_IP_RANGES_EXCLUDE ("*" cannot be excluded)');
  const include = separateV4V6(cfg.outboundIPRangesInclude, '-i');
  let redirectDNS = cfg.redirectDNS;
  if (redirectDNS && !cfg.captureAllDNS && cfg.dnsServersV4.length === 0 && cfg.dnsServersV6.length === 0) {
    warnings.push('REDIRECT_DNS is set, but CAPTURE_ALL_DNS is false, and no DNS servers provided (--dns-servers): DNS capture disabled');
    redirectDNS = false;
  }

  for (const nic of split(cfg.excludeInterfaces)) {
    b.append('nat', 'PREROUTING', '-i', nic, '-j', 'RETURN');
    b.append('nat', 'OUTPUT', '-o', nic, '-j', 'RETURN');
  }
  if (tproxy) {
    for (const nic of split(cfg.excludeInterfaces)) {
      b.append('mangle', 'PREROUTING', '-i', nic, '-j', 'RETURN');
      b.append('mangle', 'OUTPUT', '-o', nic, '-j', 'RETURN');
    }
  }
  for (const nic of split(cfg.rerouteVirtualInterfaces)) b.insert('nat', 'PREROUTING', 1, '-i', nic, '-j', 'RETURN');
  if (cfg.dropInvalid) {
    b.append('mangle', 'PREROUTING', '-m', 'conntrack', '--ctstate', 'INVALID', '-j', CHAIN.drop);
    b.append('mangle', CHAIN.drop, '-j', 'DROP');
  }
  b.append('nat', CHAIN.inbound, '-p', 'tcp', '--dport', cfg.inboundTunnelPort, '-j', 'RETURN');
  b.append('nat', CHAIN.redirect, '-p', 'tcp', '-j', 'REDIRECT', '--to-ports', cfg.proxyPort);
  b.append('nat', CHAIN.inRedirect, '-p', 'tcp', '-j', 'REDIRECT', '--to-ports', cfg.inboundCapturePort);
  inbound(b, cfg, tproxy);
  b.append('nat', 'OUTPUT', '-j', CHAIN.output);
  for (const port of split(cfg.outboundPortsExclude)) {
    b.append('nat', CHAIN.output, '-p', 'tcp', '--dport', port, '-j', 'RETURN');
    b.append('nat', CHAIN.output, '-p', 'udp', '--dport', port, '-j', 'RETURN');
  }
  b.appendVersioned(PASSTHROUGH_SOURCE_V4, PASSTHROUGH_SOURCE_V6, 'nat', CHAIN.output, '-o', 'lo', '-s', VERSIONED, '-j', 'RETURN');
  const loopbackIncluded = include.v4.hasLoopback || include.v6.hasLoopback;
  ownerExemptions(b, cfg, 'uid', split(cfg.proxyUID), redirectDNS, loopbackIncluded);
  ownerExemptions(b, cfg, 'gid', split(cfg.proxyGID), false, loopbackIncluded, redirectDNS);
  ownerGroups(b, cfg);
  if (redirectDNS) addDnsRules(b, cfg, CHAIN, DNS_PORT, String(DNS_PROXY_PORT));
  b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, 'nat', CHAIN.output, '-d', VERSIONED, '-j', 'RETURN');
  for (const cidr of exclude.v4.cidrs) b.appendV4('nat', CHAIN.output, '-d', cidr, '-j', 'RETURN');
  for (const cidr of exclude.v6.cidrs) b.appendV6('nat', CHAIN.output, '-d', cidr, '-j', 'RETURN');
  for (const port of split(cfg.outboundPortsInclude)) b.append('nat', CHAIN.output, '-p', 'tcp', '--dport', port, '-j', CHAIN.redirect);
  outboundInclude(b, cfg, include.v4, 'v4');
  outboundInclude(b, cfg, include.v6, 'v6');
  if (tproxy) tproxyMarks(b, cfg);
  return { v4: b.v4, v6: b.v6, warnings };
}

function inbound(b: RuleBuilder, cfg: IptablesConfig, tproxy: boolean): void {
  if (cfg.inboundPortsInclude === '') return;
  const table = tproxy ? 'mangle' : 'nat';
  if (tproxy) {
    b.append('mangle', CHAIN.divert, '-j', 'MARK', '--set-mark', cfg.inboundTProxyMark);
    b.append('mangle', CHAIN.divert, '-j', 'ACCEPT');
    b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, 'mangle', CHAIN.tproxy, '!', '-d', VERSIONED, '-p', 'tcp', '-j', 'TPROXY', '--tproxy-mark', `${cfg.inboundTProxyMark}/0xffffffff`, '--on-port', cfg.inboundCapturePort);
  }
  b.append(table, 'PREROUTING', '-p', 'tcp', '-j', CHAIN.inbound);
  if (cfg.inboundPortsInclude === '*') {
    for (const port of split(cfg.inboundPortsExclude)) b.append(table, CHAIN.inbound, '-p', 'tcp', '--dport', port, '-j', 'RETURN');
    if (tproxy) {
      b.append('mangle', CHAIN.inbound, '-p', 'tcp', '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', CHAIN.divert);
      b.append('mangle', CHAIN.inbound, '-p', 'tcp', '-j', CHAIN.tproxy);
    } else {
      b.append('nat', CHAIN.inbound, '-p', 'tcp', '-j', CHAIN.inRedirect);
    }
    return;
  }
  for (const port of split(cfg.inboundPortsInclude)) {
    if (tproxy) {
      b.append('mangle', CHAIN.inbound, '-p', 'tcp', '--dport', port, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', CHAIN.divert);
      b.append('mangle', CHAIN.inbound, '-p', 'tcp', '--dport', port, '-j', CHAIN.tproxy);
    } else {
      b.append('nat', CHAIN.inbound, '-p', 'tcp', '--dport', port, '-j', CHAIN.inRedirect);
    }
  }
}

/**
 * For each proxy UID (or GID): its own calls back to the pod over loopback go to Envoy's inbound
 * side; other loopback traffic returns; everything else it sends is never captured. With DNS
 * capture, port 53 is left to the DNS rules (`dnsMultiport` for the UIDs, `dnsLoopback` for both).
 */
function ownerExemptions(b: RuleBuilder, cfg: IptablesConfig, kind: 'uid' | 'gid', ids: string[], dnsMultiport: boolean, loopbackIncluded: boolean, dnsLoopback = dnsMultiport): void {
  const owner = `--${kind}-owner`;
  for (const id of ids) {
    const ports = dnsMultiport ? ['-m', 'multiport', '!', '--dports', `${DNS_PORT},${cfg.inboundTunnelPort}`] : ['!', '--dport', cfg.inboundTunnelPort];
    b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, 'nat', CHAIN.output, '-o', 'lo', '!', '-d', VERSIONED, '-p', 'tcp', ...ports, '-m', 'owner', owner, id, '-j', CHAIN.inRedirect);
    if (!loopbackIncluded) {
      if (dnsLoopback) b.append('nat', CHAIN.output, '-o', 'lo', '-p', 'tcp', '!', '--dport', DNS_PORT, '-m', 'owner', '!', owner, id, '-j', 'RETURN');
      else b.append('nat', CHAIN.output, '-o', 'lo', '-m', 'owner', '!', owner, id, '-j', 'RETURN');
    }
    b.append('nat', CHAIN.output, '-m', 'owner', owner, id, '-j', 'RETURN');
  }
}

/** `ISTIO_OUTBOUND_OWNER_GROUPS(_EXCLUDE)`: only some groups' traffic is captured. */
function ownerGroups(b: RuleBuilder, cfg: IptablesConfig): void {
  if (cfg.ownerGroupsInclude === '*') {
    for (const group of split(cfg.ownerGroupsExclude)) b.append('nat', CHAIN.output, '-m', 'owner', '--gid-owner', group, '-j', 'RETURN');
    return;
  }
  const groups = split(cfg.ownerGroupsInclude);
  b.append('nat', CHAIN.output, ...groups.flatMap((g) => ['-m', 'owner', '!', '--gid-owner', g]), '-j', 'RETURN');
}

function outboundInclude(b: RuleBuilder, cfg: IptablesConfig, range: NetworkRange, family: 'v4' | 'v6'): void {
  const append = (...p: string[]) => (family === 'v4' ? b.appendV4('nat', CHAIN.output, ...p) : b.appendV6('nat', CHAIN.output, ...p));
  const insert = (...p: string[]) => (family === 'v4' ? b.insertV4('nat', 'PREROUTING', 1, ...p) : b.insertV6('nat', 'PREROUTING', 1, ...p));
  if (range.isWildcard) {
    append('-j', CHAIN.redirect);
    for (const nic of split(cfg.rerouteVirtualInterfaces)) insert('-i', nic, '-j', CHAIN.redirect);
    return;
  }
  for (const cidr of range.cidrs) {
    for (const nic of split(cfg.rerouteVirtualInterfaces)) insert('-i', nic, '-d', cidr, '-j', CHAIN.redirect);
    append('-d', cidr, '-j', CHAIN.redirect);
  }
}

/** TPROXY mode: marks that keep Envoy's own traffic, and the app's to itself, out of the capture. */
function tproxyMarks(b: RuleBuilder, cfg: IptablesConfig): void {
  const mark = cfg.inboundTProxyMark;
  const outbound = String(OUTBOUND_MARK);
  b.append('mangle', 'PREROUTING', '-p', 'tcp', '-m', 'mark', '--mark', mark, '-j', 'CONNMARK', '--save-mark');
  b.append('mangle', 'OUTPUT', '-p', 'tcp', '-o', 'lo', '-m', 'mark', '--mark', mark, '-j', 'RETURN');
  for (const [owner, ids] of [['--uid-owner', split(cfg.proxyUID)], ['--gid-owner', split(cfg.proxyGID)]] as const) {
    for (const id of ids) {
      b.appendVersioned(cfg.hostIPv4LoopbackCidr, LOOPBACK_V6, 'mangle', 'OUTPUT', '!', '-d', VERSIONED, '-p', 'tcp', '-o', 'lo', '-m', 'owner', owner, id, '-j', 'MARK', '--set-mark', outbound);
    }
  }
  b.append('mangle', 'OUTPUT', '-p', 'tcp', '-m', 'connmark', '--mark', mark, '-j', 'CONNMARK', '--restore-mark');
  b.insert('mangle', CHAIN.inbound, 1, '-p', 'tcp', '-m', 'mark', '--mark', mark, '-j', 'RETURN');
  b.insertV4('mangle', CHAIN.inbound, 2, '-p', 'tcp', '-s', PASSTHROUGH_SOURCE_V4, '-i', 'lo', '-j', 'RETURN');
  b.insertV6('mangle', CHAIN.inbound, 2, '-p', 'tcp', '-s', PASSTHROUGH_SOURCE_V6, '-i', 'lo', '-j', 'RETURN');
  b.insert('mangle', CHAIN.inbound, 3, '-p', 'tcp', '-i', 'lo', '-m', 'mark', '!', '--mark', outbound, '-j', 'RETURN');
}
