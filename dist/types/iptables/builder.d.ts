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
/** Stands for the address that differs between IPv4 and IPv6 in a versioned rule. */
export declare const VERSIONED: unique symbol;
type Param = string | typeof VERSIONED;
export declare class RuleBuilder {
    private readonly ipv6;
    readonly v4: Rule[];
    readonly v6: Rule[];
    constructor(ipv6: boolean);
    appendV4(table: Table, chain: string, ...params: string[]): void;
    appendV6(table: Table, chain: string, ...params: string[]): void;
    append(table: Table, chain: string, ...params: string[]): void;
    insertV4(table: Table, chain: string, position: number, ...params: string[]): void;
    insertV6(table: Table, chain: string, position: number, ...params: string[]): void;
    insert(table: Table, chain: string, position: number, ...params: string[]): void;
    /** A rule whose `VERSIONED` parameter is `v4` in the IPv4 rules and `v6` in the IPv6 ones. */
    appendVersioned(v4: string, v6: string, table: Table, chain: string, ...params: Param[]): void;
}
/**
 * The `iptables-restore` input for `rules`: tables in name order, each with `-N` for every chain
 * it creates (rule chains first, then jump targets), then its rules in order, then COMMIT.
 */
export declare function restoreText(rules: readonly Rule[]): string;
export {};
