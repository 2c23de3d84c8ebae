/**
 * Istio's defaults for the mesh config and the proxy config (`mesh.DefaultMeshConfig()`,
 * `mesh.DefaultProxyConfig()`), in proto-JSON form: camelCase keys, enums by name, durations as
 * strings, zero values left out (as protojson writes them).
 */
import type { JsonMap } from '../model/values.js';
/** Istio's `mesh.DefaultProxyConfig()` as proto JSON (zero values omitted, as protojson does). */
export declare const DEFAULT_PROXY_CONFIG: Readonly<JsonMap>;
/** The non-zero fields of Istio's `mesh.DefaultMeshConfig()` (besides `defaultConfig`). */
export declare const MESH_DEFAULTS: Readonly<JsonMap>;
export declare const DEFAULT_EXTENSION_PROVIDERS: readonly JsonMap[];
