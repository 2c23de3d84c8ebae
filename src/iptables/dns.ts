/**
 * DNS capture (istio-iptables' `SetupDNSRedir` and `addDNSConntrackZones`): TCP and UDP port 53
 * to the pod's DNS servers (or all of it, with `--capture-all-dns`) goes to istio-agent's DNS
 * proxy, and UDP DNS is split into two conntrack zones (the agent's upstream queries, the app's).
 */
import type { RuleBuilder } from './builder.js';
import { split, type IptablesConfig } from './config.js';

interface Chains {
  readonly output: string;
  readonly outputDns: string;
  readonly inbound: string;
}

export function addDnsRules(b: RuleBuilder, cfg: IptablesConfig, chain: Chains, dns: string, agent: string): void {
  const all = cfg.captureAllDNS;
  const v4 = cfg.dnsServersV4;
  const v6 = cfg.dnsServersV6;
  b.append('raw', 'OUTPUT', '-j', chain.outputDns);
  if (all || v4.length > 0) b.appendV4('nat', chain.output, '-j', chain.outputDns);
  if (all || v6.length > 0) b.appendV6('nat', chain.output, '-j', chain.outputDns);
  if (all) {
    b.append('nat', chain.outputDns, '-p', 'tcp', '--dport', dns, '-j', 'REDIRECT', '--to-ports', agent);
  } else {
    for (const s of v4) b.appendV4('nat', chain.outputDns, '-p', 'tcp', '--dport', dns, '-d', `${s}/32`, '-j', 'REDIRECT', '--to-ports', agent);
    for (const s of v6) b.appendV6('nat', chain.outputDns, '-p', 'tcp', '--dport', dns, '-d', `${s}/128`, '-j', 'REDIRECT', '--to-ports', agent);
  }
  // Istio writes the UDP redirect with `--to-port` (an accepted abbreviation), the TCP one with `--to-ports`.
  if (all) {
    b.append('nat', chain.outputDns, '-p', 'udp', '--dport', dns, '-j', 'REDIRECT', '--to-port', agent);
  } else {
    for (const s of v4) b.appendV4('nat', chain.outputDns, '-p', 'udp', '--dport', dns, '-d', `${s}/32`, '-j', 'REDIRECT', '--to-port', agent);
    for (const s of v6) b.appendV6('nat', chain.outputDns, '-p', 'udp', '--dport', dns, '-d', `${s}/128`, '-j', 'REDIRECT', '--to-port', agent);
  }
  conntrackZones(b, cfg, chain, dns, agent);
}

function conntrackZones(b: RuleBuilder, cfg: IptablesConfig, chain: Chains, dns: string, agent: string): void {
  for (const [owner, ids] of [['--uid-owner', split(cfg.proxyUID)], ['--gid-owner', split(cfg.proxyGID)]] as const) {
    for (const id of ids) {
      b.append('raw', chain.outputDns, '-p', 'udp', '--dport', dns, '-m', 'owner', owner, id, '-j', 'CT', '--zone', '1');
      b.append('raw', chain.outputDns, '-p', 'udp', '--sport', agent, '-m', 'owner', owner, id, '-j', 'CT', '--zone', '2');
    }
  }
  if (cfg.captureAllDNS) {
    b.append('raw', 'PREROUTING', '-j', chain.inbound);
    b.append('raw', chain.outputDns, '-p', 'udp', '--dport', dns, '-j', 'CT', '--zone', '2');
    b.append('raw', chain.inbound, '-p', 'udp', '--sport', dns, '-j', 'CT', '--zone', '1');
    return;
  }
  if (cfg.dnsServersV4.length > 0) b.appendV4('raw', 'PREROUTING', '-j', chain.inbound);
  for (const s of cfg.dnsServersV4) {
    b.appendV4('raw', chain.outputDns, '-p', 'udp', '--dport', dns, '-d', `${s}/32`, '-j', 'CT', '--zone', '2');
    b.appendV4('raw', chain.inbound, '-p', 'udp', '--sport', dns, '-s', `${s}/32`, '-j', 'CT', '--zone', '1');
  }
  if (cfg.dnsServersV6.length > 0) b.appendV6('raw', 'PREROUTING', '-j', chain.inbound);
  for (const s of cfg.dnsServersV6) {
    b.appendV6('raw', chain.outputDns, '-p', 'udp', '--dport', dns, '-d', `${s}/128`, '-j', 'CT', '--zone', '2');
    b.appendV6('raw', chain.inbound, '-p', 'udp', '--sport', dns, '-s', `${s}/128`, '-j', 'CT', '--zone', '1');
  }
}
