/** Comma-separated CIDRs; the empty string is an empty (valid) list. */
export declare function cidrListError(cidrs: string): string | null;
/** One port: trimmed, decimal, 0..65535. */
export declare function portError(port: string): string | null;
/** Comma-separated ports; the (trimmed) empty string is an empty list. */
export declare function portListError(ports: string): string | null;
/** Comma-separated Linux interface names (each trimmed, ≤ 15 characters); empty is allowed. */
export declare function interfaceListError(interfaces: string): string | null;
