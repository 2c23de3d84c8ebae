import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_PROXY_CONFIG,
  applyMeshDefaults,
  injectDocuments,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
} from "./chunk-EKKFAXR4.js";
import {
  IGNORED_NAMESPACES
} from "./chunk-NJYH3RB2.js";
import "./chunk-KSOLSXGM.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  DEFAULT_PROXY_CONFIG,
  IGNORED_NAMESPACES,
  applyMeshDefaults,
  injectDocuments,
  mergeProxyConfig,
  prepareInjector,
  proxyConfigToJSON,
  stripInjection,
  workloadAsWritten
};
