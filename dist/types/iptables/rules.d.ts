import { type Rule } from './builder.js';
import { type IptablesConfig } from './config.js';
export declare const CHAIN: {
    readonly output: 'ISTIO_OUTPUT';
    readonly outputDns: 'ISTIO_OUTPUT_DNS';
    readonly inbound: 'ISTIO_INBOUND';
    readonly divert: 'ISTIO_DIVERT';
    readonly tproxy: 'ISTIO_TPROXY';
    readonly redirect: 'ISTIO_REDIRECT';
    readonly inRedirect: 'ISTIO_IN_REDIRECT';
    readonly drop: 'ISTIO_DROP';
};
export interface IptablesRules {
    readonly v4: readonly Rule[];
    /** Empty unless the pod has IPv6. */
    readonly v6: readonly Rule[];
    /** What istio-iptables logs and acts on (DNS capture switched off without servers). */
    readonly warnings: readonly string[];
}
/** @throws KubeInjectError (`usage`) for a bad IP range, or `-x *`. */
export declare function buildRules(cfg: IptablesConfig): IptablesRules;
