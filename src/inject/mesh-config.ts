/**
 * MeshConfig and ProxyConfig in proto-JSON form (camelCase keys, enums by name, durations as
 * strings), with Istio's defaults (`src/istio/mesh-defaults.ts`) and its merge rules: a mesh
 * config overrides the defaults field by field, except that `defaultConfig` is merged onto the
 * default proxy config; a proxy config overlay (mesh `defaultConfig`, the `proxy.istio.io/config`
 * annotation) replaces top-level fields but merges `proxyMetadata`.
 */
import { DEFAULT_EXTENSION_PROVIDERS, DEFAULT_PROXY_CONFIG, MESH_DEFAULTS } from '../istio/mesh-defaults.js';
import { isMap, setOwn, type JsonMap } from '../model/values.js';

const ENUMS: Record<string, readonly string[]> = {
  interceptionMode: ['REDIRECT', 'TPROXY', 'NONE'],
  controlPlaneAuthPolicy: ['NONE', 'MUTUAL_TLS'],
  tracingServiceName: ['APP_LABEL_AND_NAMESPACE', 'CANONICAL_NAME_ONLY', 'CANONICAL_NAME_AND_NAMESPACE'],
};
const INTEGERS = new Set(['statusPort', 'proxyAdminPort', 'statNameLength', 'concurrency', 'fileFlushMinSizeKb']);
/** Members of the `cluster_name` oneof: setting one clears the other. */
const CLUSTER_NAME_ONEOF = ['serviceCluster', 'tracingServiceName'];

/** protojson accepts both the JSON name and the proto field name. */
function camel(key: string): string {
  return key.includes('_') ? key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : key;
}

function normaliseProxyField(key: string, value: unknown): unknown {
  if (key === 'controlPlaneAuthPolicy' && value === 1000) return 'INHERIT';
  const names = Object.hasOwn(ENUMS, key) ? ENUMS[key] : undefined;
  if (names && typeof value === 'number') return names[value] ?? value;
  if (INTEGERS.has(key) && typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return value;
}

/** Istio's `MergeProxyConfig`: `overlay` wins field by field, `proxyMetadata` maps merge. */
export function mergeProxyConfig(base: Readonly<JsonMap>, overlay: unknown): JsonMap {
  const out: JsonMap = { ...base };
  if (!isMap(overlay)) return out;
  for (const [rawKey, rawValue] of Object.entries(overlay)) {
    if (rawValue === null || rawValue === undefined) continue;
    const key = camel(rawKey);
    const value = normaliseProxyField(key, rawValue);
    if (key === 'proxyMetadata' && isMap(value)) {
      out.proxyMetadata = { ...(isMap(base.proxyMetadata) ? base.proxyMetadata : {}), ...value };
      continue;
    }
    if (key === 'proxyHeaders' && isMap(value) && isMap(base.proxyHeaders)) {
      out.proxyHeaders = mergeProxyHeaders(base.proxyHeaders, value);
      continue;
    }
    if (CLUSTER_NAME_ONEOF.includes(key)) for (const k of CLUSTER_NAME_ONEOF) delete out[k];
    setOwn(out, key, value);
  }
  return out;
}

/** Sub-settings of `proxyHeaders` left empty by an overlay keep their earlier value. */
function mergeProxyHeaders(base: JsonMap, overlay: JsonMap): JsonMap {
  const out: JsonMap = { ...overlay };
  for (const k of ['forwardedClientCert', 'requestId', 'attemptCount', 'server', 'envoyDebugHeaders']) {
    const v = out[k];
    const empty = v === undefined || v === null || v === '' || (isMap(v) && Object.keys(v).length === 0);
    if (empty && base[k] !== undefined) out[k] = base[k];
  }
  return out;
}

/**
 * Istio's `ApplyMeshConfig(mesh, DefaultMeshConfig())`: fields given override the defaults,
 * `defaultConfig` merges onto the default proxy config, extension providers replace a default
 * provider of the same name or are appended. Applying it to its own result changes nothing.
 */
export function applyMeshDefaults(mesh: unknown): JsonMap {
  const given = isMap(mesh) ? mesh : {};
  const out: JsonMap = { ...MESH_DEFAULTS };
  for (const [rawKey, value] of Object.entries(given)) {
    if (value === null || value === undefined) continue;
    setOwn(out, camel(rawKey), value);
  }
  const pc = given.defaultConfig ?? given.default_config;
  out.defaultConfig = mergeProxyConfig(DEFAULT_PROXY_CONFIG, pc);
  out.defaultProviders = { ...(isMap(out.defaultProviders) ? out.defaultProviders : {}) };
  out.extensionProviders = mergeProviders(given.extensionProviders ?? given.extension_providers);
  const aliases = Array.isArray(out.trustDomainAliases) ? out.trustDomainAliases.map(String) : [];
  if (aliases.length > 0) out.trustDomainAliases = [...new Set(aliases)].sort();
  return out;
}

function mergeProviders(given: unknown): JsonMap[] {
  const out = DEFAULT_EXTENSION_PROVIDERS.map((p) => ({ ...p }));
  if (!Array.isArray(given)) return out;
  for (const p of given) {
    if (!isMap(p)) continue;
    const i = out.findIndex((e) => e.name === p.name);
    if (i >= 0) out[i] = { ...p };
    else out.push({ ...p });
  }
  return out;
}

/** The status port of a proxy config (Istio's `GetStatusPort()`: 0 when unset). */
export function statusPortOf(pc: Readonly<JsonMap>): number {
  const p = pc.statusPort;
  return typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : 0;
}
