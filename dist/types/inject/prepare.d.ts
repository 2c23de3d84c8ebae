/** Everything computed once per configuration, before any pod is injected. */
import { type JsonMap } from '../model/values.js';
import { type InjectionPolicy } from '../istio/policy.js';
import { type TemplateSet } from '../render/index.js';
import type { InjectorConfig } from './types.js';
export interface Prepared {
    config: InjectorConfig;
    values: Record<string, unknown>;
    mesh: JsonMap;
    baseProxyConfig: JsonMap;
    defaultProxy: {
        proxyConfig: JsonMap;
        view: JsonMap;
        meshView: JsonMap;
    };
    proxyCache: Map<string, {
        proxyConfig: JsonMap;
        view: JsonMap;
        meshView: JsonMap;
    }>;
    policy: InjectionPolicy;
    templateSet: TemplateSet;
    cluster: string;
    network: string;
    enablePrometheusMerge: boolean | undefined;
    rewriteAppHTTPProbe: boolean;
    holdInValues: boolean;
    inboundTrafficPolicyMode: string;
    warnings: string[];
}
export declare function prepare(config: InjectorConfig): Prepared;
