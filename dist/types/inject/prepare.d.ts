import type { JsonObject } from './pod.js';
import type { InjectionPolicy } from './policy.js';
import type { TemplateSet } from './render.js';
import type { InjectorConfig } from './types.js';
export interface Prepared {
    config: InjectorConfig;
    values: Record<string, unknown>;
    mesh: JsonObject;
    baseProxyConfig: JsonObject;
    defaultProxy: {
        proxyConfig: JsonObject;
        view: JsonObject;
        meshView: JsonObject;
    };
    proxyCache: Map<string, {
        proxyConfig: JsonObject;
        view: JsonObject;
        meshView: JsonObject;
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
