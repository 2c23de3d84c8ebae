/**
 * Istio's defaults for the mesh config and the proxy config (`mesh.DefaultMeshConfig()`,
 * `mesh.DefaultProxyConfig()`), in proto-JSON form: camelCase keys, enums by name, durations as
 * strings, zero values left out (as protojson writes them).
 */
import type { JsonMap } from '../model/values.js';
import { DEFAULT_STATUS_PORT } from './ports.js';

/** Istio's `mesh.DefaultProxyConfig()` as proto JSON (zero values omitted, as protojson does). */
export const DEFAULT_PROXY_CONFIG: Readonly<JsonMap> = Object.freeze({
  configPath: './etc/istio/proxy',
  binaryPath: '/usr/local/bin/envoy',
  serviceCluster: 'istio-proxy',
  drainDuration: '45s',
  terminationDrainDuration: '5s',
  discoveryAddress: 'istiod.istio-system.svc:15012',
  proxyAdminPort: 15000,
  controlPlaneAuthPolicy: 'MUTUAL_TLS',
  statNameLength: 189,
  statusPort: DEFAULT_STATUS_PORT,
});

/** The non-zero fields of Istio's `mesh.DefaultMeshConfig()` (besides `defaultConfig`). */
export const MESH_DEFAULTS: Readonly<JsonMap> = Object.freeze({
  enableTracing: true,
  protocolDetectionTimeout: '0s',
  ingressService: 'istio-ingressgateway',
  ingressControllerMode: 'STRICT',
  ingressClass: 'istio',
  trustDomain: 'cluster.local',
  enableAutoMtls: true,
  outboundTrafficPolicy: { mode: 'ALLOW_ANY' },
  inboundTrafficPolicy: { mode: 'PASSTHROUGH' },
  localityLbSetting: { enabled: true },
  rootNamespace: 'istio-system',
  proxyListenPort: 15001,
  proxyInboundListenPort: 15006,
  connectTimeout: '10s',
  defaultServiceExportTo: ['*'],
  defaultVirtualServiceExportTo: ['*'],
  defaultDestinationRuleExportTo: ['*'],
  dnsRefreshRate: '60s',
  enablePrometheusMerge: true,
  defaultProviders: {},
});

export const DEFAULT_EXTENSION_PROVIDERS: readonly JsonMap[] = [
  { name: 'prometheus', prometheus: {} },
  { name: 'stackdriver', stackdriver: {} },
  { name: 'envoy', envoyFileAccessLog: { path: '/dev/stdout' } },
];
