/**
 * DNS capture (istio-iptables' `SetupDNSRedir` and `addDNSConntrackZones`): TCP and UDP port 53
 * to the pod's DNS servers (or all of it, with `--capture-all-dns`) goes to istio-agent's DNS
 * proxy, and UDP DNS is split into two conntrack zones (the agent's upstream queries, the app's).
 */
import type { RuleBuilder } from './builder.js';
import { type IptablesConfig } from './config.js';
interface Chains {
    readonly output: string;
    readonly outputDns: string;
    readonly inbound: string;
}
export declare function addDnsRules(b: RuleBuilder, cfg: IptablesConfig, chain: Chains, dns: string, agent: string): void;
export {};
