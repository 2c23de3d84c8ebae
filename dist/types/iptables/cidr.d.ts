export interface NetworkRange {
    readonly isWildcard: boolean;
    readonly cidrs: readonly string[];
    readonly hasLoopback: boolean;
}
/**
 * `list` split into its IPv4 and IPv6 ranges.
 * @throws KubeInjectError (`usage`) for an entry that is no CIDR, naming the flag.
 */
export declare function separateV4V6(list: string, flag: string): {
    v4: NetworkRange;
    v6: NetworkRange;
};
