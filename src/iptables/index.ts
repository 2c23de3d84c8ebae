/**
 * istio-iptables as a pure function: its command line → its configuration → the rules it applies
 * → the `iptables-restore` text it feeds (what `istio-iptables --dry-run` shows). No process, no
 * kernel: `kube-inject iptables` and `explain` print and read what this returns.
 *
 *   const cfg = parseIptablesArgs(['-p', '15001', '-z', '15006', '-u', '1337', '-m', 'REDIRECT', '-b', '*']);
 *   restoreScript(buildRules(cfg));
 */
import { restoreText } from './builder.js';
import type { IptablesRules } from './rules.js';

export { parseIptablesArgs, IPTABLES_FLAGS } from './flags.js';
export { buildRules, CHAIN, type IptablesRules } from './rules.js';
export { restoreText, type Rule, type Table } from './builder.js';
export { defaultIptablesConfig, split, type IptablesConfig } from './config.js';
export { separateV4V6, type NetworkRange } from './cidr.js';

/** The header line before each family's rules (a comment to iptables-restore). */
export const FAMILY_HEADER = { v4: '# iptables-restore --noflush', v6: '# ip6tables-restore --noflush' } as const;

/** The IPv4 rules' restore text and, when there are any, the IPv6 rules', each under its header. */
export function restoreScript(rules: IptablesRules): string {
  let out = `${FAMILY_HEADER.v4}\n${restoreText(rules.v4)}`;
  if (rules.v6.length > 0) out += `${FAMILY_HEADER.v6}\n${restoreText(rules.v6)}`;
  return out;
}
