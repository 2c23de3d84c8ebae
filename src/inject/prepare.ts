/** Everything computed once per configuration, before any pod is injected. */
import { asMap, str, type JsonMap } from '../model/values.js';
import { applyMeshDefaults } from './mesh-config.js';
import { compilePolicy, type InjectionPolicy } from '../istio/policy.js';
import { inboundTrafficPolicyMode, meshConfigView, proxyConfigView, type TemplateSet } from '../render/index.js';
import type { InjectorConfig } from './types.js';

export interface Prepared {
  config: InjectorConfig;
  values: Record<string, unknown>;
  mesh: JsonMap;
  baseProxyConfig: JsonMap;
  defaultProxy: { proxyConfig: JsonMap; view: JsonMap; meshView: JsonMap };
  proxyCache: Map<string, { proxyConfig: JsonMap; view: JsonMap; meshView: JsonMap }>;
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

/** A protobuf BoolValue in values or mesh config: true/false, or undefined when unset. */
function boolValue(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

export function prepare(config: InjectorConfig): Prepared {
  const values = config.values ?? {};
  const mesh = applyMeshDefaults(config.meshConfig);
  const baseProxyConfig = asMap(mesh.defaultConfig);
  const global = asMap(values.global);
  const { compiled, warnings } = compilePolicy(config.policy, config.neverInjectSelector ?? [], config.alwaysInjectSelector ?? []);
  return {
    config,
    values,
    mesh,
    baseProxyConfig,
    defaultProxy: { proxyConfig: baseProxyConfig, view: proxyConfigView(baseProxyConfig), meshView: meshConfigView(mesh) },
    proxyCache: new Map(),
    policy: compiled,
    templateSet: {
      templates: config.templates,
      defaultTemplates: config.defaultTemplates.length > 0 ? config.defaultTemplates : ['sidecar'],
      aliases: config.aliases ?? {},
    },
    cluster: str(asMap(global.multiCluster).clusterName),
    network: str(global.network),
    enablePrometheusMerge: boolValue(mesh.enablePrometheusMerge),
    rewriteAppHTTPProbe: boolValue(asMap(values.sidecarInjectorWebhook).rewriteAppHTTPProbe) ?? false,
    holdInValues: boolValue(asMap(global.proxy).holdApplicationUntilProxyStarts) ?? false,
    inboundTrafficPolicyMode: inboundTrafficPolicyMode(mesh),
    warnings,
  };
}
