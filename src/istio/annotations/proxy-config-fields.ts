/**
 * The fields of Istio's `ProxyConfig` (istio/api `mesh/v1alpha1/proxy.proto`) with the JSON
 * shape jsonpb accepts for each. Keys are the JSON (lowerCamel) names; jsonpb accepts the
 * proto (snake_case) names too, see `PROXY_CONFIG_PROTO_NAMES`.
 */

export type FieldType =
  | { t: 'string' }
  | { t: 'int32' }
  | { t: 'uint32' }
  | { t: 'duration' }
  | { t: 'bool-wrapper' }
  | { t: 'int32-wrapper' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'message' }
  | { t: 'string-map' }
  | { t: 'string-list' };

const S: FieldType = { t: 'string' };
const I: FieldType = { t: 'int32' };
const D: FieldType = { t: 'duration' };
const M: FieldType = { t: 'message' };

/** Every ProxyConfig field, sorted by name. */
export const PROXY_CONFIG_FIELDS: Readonly<Record<string, FieldType>> = {
  availabilityZone: S, // deprecated
  binaryPath: S,
  caCertificatesPem: { t: 'string-list' },
  concurrency: { t: 'int32-wrapper' },
  configPath: S,
  connectionSettings: M,
  controlPlaneAuthPolicy: { t: 'enum', values: ['NONE', 'MUTUAL_TLS', 'INHERIT'] },
  customConfigFile: S,
  discoveryAddress: S,
  discoveryRefreshDelay: D, // deprecated
  drainDuration: D,
  envoyAccessLogService: M,
  envoyMetricsService: M,
  envoyMetricsServiceAddress: S, // deprecated
  extraStatTags: { t: 'string-list' },
  fileFlushInterval: D,
  fileFlushMinSizeKb: { t: 'uint32' },
  gatewayTopology: M,
  holdApplicationUntilProxyStarts: { t: 'bool-wrapper' },
  image: M,
  interceptionMode: { t: 'enum', values: ['REDIRECT', 'TPROXY', 'NONE'] },
  meshId: S,
  privateKeyProvider: M,
  proxyAdminPort: I,
  proxyBootstrapTemplatePath: S,
  proxyHeaders: M,
  proxyMetadata: { t: 'string-map' },
  proxyStatsMatcher: M,
  readinessProbe: M,
  runtimeValues: { t: 'string-map' },
  sds: M, // deprecated
  serviceCluster: S,
  statNameLength: I,
  statsCompression: { t: 'bool-wrapper' },
  statsdUdpAddress: S,
  statusPort: I,
  terminationDrainDuration: D,
  tracing: M,
  tracingServiceName: {
    t: 'enum',
    values: ['APP_LABEL_AND_NAMESPACE', 'CANONICAL_NAME_ONLY', 'CANONICAL_NAME_AND_NAMESPACE'],
  },
  zipkinAddress: S, // deprecated
};

/** snake_case proto name → JSON name. */
const PROXY_CONFIG_PROTO_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(PROXY_CONFIG_FIELDS).map((json) => [json.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), json]),
);

/** The JSON name of a ProxyConfig field given either spelling, or undefined when unknown. */
export function proxyConfigFieldName(key: string): string | undefined {
  // Own keys only: `toString`, `constructor` or `__proto__` are unknown fields, not Object's.
  if (Object.hasOwn(PROXY_CONFIG_FIELDS, key)) return key;
  return Object.hasOwn(PROXY_CONFIG_PROTO_NAMES, key) ? PROXY_CONFIG_PROTO_NAMES[key] : undefined;
}
