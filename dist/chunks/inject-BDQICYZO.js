import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_PROXY_CONFIG,
  applyMeshDefaults,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
} from "./chunk-4SYYTZX4.js";
import {
  IGNORED_NAMESPACES
} from "./chunk-LBOMC4G4.js";
import "./chunk-MDDANGUR.js";
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
