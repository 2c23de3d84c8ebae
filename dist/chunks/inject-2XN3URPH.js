import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_PROXY_CONFIG,
  applyMeshDefaults,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
} from "./chunk-XYV2NYOV.js";
import {
  IGNORED_NAMESPACES
} from "./chunk-XEX77JCM.js";
import "./chunk-YJJSY5X5.js";
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
