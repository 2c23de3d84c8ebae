import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_PROXY_CONFIG,
  applyMeshDefaults,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
} from "./chunk-OQME4C3R.js";
import {
  IGNORED_NAMESPACES
} from "./chunk-DSZEZXXB.js";
import "./chunk-OPC7HEKU.js";
import "./chunk-HW64GBDU.js";
export {
  DEFAULT_PROXY_CONFIG,
  IGNORED_NAMESPACES,
  applyMeshDefaults,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
};
