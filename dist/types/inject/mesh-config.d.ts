import { type JsonMap } from '../model/values.js';
/** Istio's `MergeProxyConfig`: `overlay` wins field by field, `proxyMetadata` maps merge. */
export declare function mergeProxyConfig(base: Readonly<JsonMap>, overlay: unknown): JsonMap;
/**
 * Istio's `ApplyMeshConfig(mesh, DefaultMeshConfig())`: fields given override the defaults,
 * `defaultConfig` merges onto the default proxy config, extension providers replace a default
 * provider of the same name or are appended. Applying it to its own result changes nothing.
 */
export declare function applyMeshDefaults(mesh: unknown): JsonMap;
/** The status port of a proxy config (Istio's `GetStatusPort()`: 0 when unset). */
export declare function statusPortOf(pc: Readonly<JsonMap>): number;
