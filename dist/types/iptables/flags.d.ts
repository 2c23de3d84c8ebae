import { type IptablesConfig } from './config.js';
type StringField = {
    [K in keyof IptablesConfig]: IptablesConfig[K] extends string ? K : never;
}[keyof IptablesConfig];
type BoolField = {
    [K in keyof IptablesConfig]: IptablesConfig[K] extends boolean ? K : never;
}[keyof IptablesConfig];
interface Flag {
    readonly long: string;
    readonly short?: string;
    readonly kind: 'string' | 'bool';
    /** Where it goes; absent: accepted, no effect on the rules. */
    readonly field?: StringField | BoolField | 'dnsServers';
    /** Environment variables besides the flag's own name. */
    readonly env?: readonly string[];
}
/** Every istio-iptables flag, and kube-inject's two. */
export declare const IPTABLES_FLAGS: readonly Flag[];
/**
 * The configuration istio-iptables would run with for `args` (without the `istio-iptables`
 * program name) and `env` (the container's environment).
 * @throws KubeInjectError (`usage`) for an unknown flag, a missing value, a bad boolean
 */
export declare function parseIptablesArgs(args: readonly string[], env?: Readonly<Record<string, string>>): IptablesConfig;
export {};
