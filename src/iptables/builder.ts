/**
 * The rule list istio-iptables builds (its `IptablesRuleBuilder`): rules appended or inserted per
 * table and chain, for IPv4 and (when the pod has IPv6) IPv6, and their `iptables-restore` text.
 */

export type Table = 'filter' | 'mangle' | 'nat' | 'raw';

export interface Rule {
  readonly table: Table;
  readonly chain: string;
  /** The rule as iptables-restore reads it: `-A CHAIN …` or `-I CHAIN n …`. */
  readonly params: readonly string[];
}

/** Chains and targets iptables has itself: never created with `-N`. */
const BUILT_IN = new Set(['INPUT', 'OUTPUT', 'FORWARD', 'PREROUTING', 'POSTROUTING', 'ACCEPT', 'RETURN', 'DROP']);

/** Stands for the address that differs between IPv4 and IPv6 in a versioned rule. */
export const VERSIONED = Symbol('ip-version-specific');
type Param = string | typeof VERSIONED;

export class RuleBuilder {
  readonly v4: Rule[] = [];
  readonly v6: Rule[] = [];
  constructor(private readonly ipv6: boolean) {}

  appendV4(table: Table, chain: string, ...params: string[]): void {
    this.v4.push({ table, chain, params: ['-A', chain, ...params] });
  }
  appendV6(table: Table, chain: string, ...params: string[]): void {
    if (this.ipv6) this.v6.push({ table, chain, params: ['-A', chain, ...params] });
  }
  append(table: Table, chain: string, ...params: string[]): void {
    this.appendV4(table, chain, ...params);
    this.appendV6(table, chain, ...params);
  }
  insertV4(table: Table, chain: string, position: number, ...params: string[]): void {
    this.v4.push({ table, chain, params: ['-I', chain, String(position), ...params] });
  }
  insertV6(table: Table, chain: string, position: number, ...params: string[]): void {
    if (this.ipv6) this.v6.push({ table, chain, params: ['-I', chain, String(position), ...params] });
  }
  insert(table: Table, chain: string, position: number, ...params: string[]): void {
    this.insertV4(table, chain, position, ...params);
    this.insertV6(table, chain, position, ...params);
  }
  /** A rule whose `VERSIONED` parameter is `v4` in the IPv4 rules and `v6` in the IPv6 ones. */
  appendVersioned(v4: string, v6: string, table: Table, chain: string, ...params: Param[]): void {
    this.appendV4(table, chain, ...params.map((p) => (p === VERSIONED ? v4 : p)));
    this.appendV6(table, chain, ...params.map((p) => (p === VERSIONED ? v6 : p)));
  }
}

/**
 * The `iptables-restore` input for `rules`: tables in name order, each with `-N` for every chain
 * it creates (rule chains first, then jump targets), then its rules in order, then COMMIT.
 */
export function restoreText(rules: readonly Rule[]): string {
  const tables = new Map<Table, string[]>();
  const add = (t: Table, line: string) => (tables.get(t) ?? tables.set(t, []).get(t)!).push(line);
  const seen = new Set<string>();
  for (const r of rules) {
    const key = `${r.chain}:${r.table}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!BUILT_IN.has(r.chain)) add(r.table, `-N ${r.chain}`);
  }
  for (const r of rules) {
    if (r.params.length < 2 || r.params[r.params.length - 2] !== '-j') continue;
    const target = r.params[r.params.length - 1]!;
    const key = `${target}:${r.table}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!BUILT_IN.has(target)) add(r.table, `-N ${target}`);
  }
  for (const r of rules) add(r.table, r.params.join(' '));
  let out = '';
  for (const table of [...tables.keys()].sort()) {
    out += `* ${table}\n${tables.get(table)!.join('\n')}\nCOMMIT\n`;
  }
  return out;
}
