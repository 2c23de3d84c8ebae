import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_PROXY_CONFIG,
  applyMeshDefaults,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
} from "./chunk-O7JMYIZY.js";
import {
  IGNORED_NAMESPACES
} from "./chunk-NI2DDGUX.js";
import "./chunk-CSELITEP.js";
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
