import type { IptablesRules } from './rules.js';
export { parseIptablesArgs, IPTABLES_FLAGS } from './flags.js';
export { buildRules, CHAIN, type IptablesRules } from './rules.js';
export { restoreText, type Rule, type Table } from './builder.js';
export { defaultIptablesConfig, split, type IptablesConfig } from './config.js';
export { separateV4V6, type NetworkRange } from './cidr.js';
/** The header line before each family's rules (a comment to iptables-restore). */
export declare const FAMILY_HEADER: {
    readonly v4: '# iptables-restore --noflush';
    readonly v6: '# ip6tables-restore --noflush';
};
/** The IPv4 rules' restore text and, when there are any, the IPv6 rules', each under its header. */
export declare function restoreScript(rules: IptablesRules): string;
