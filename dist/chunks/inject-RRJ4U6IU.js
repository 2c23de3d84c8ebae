import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-HZI4R6DB.js";
import "./chunk-UPSH2GWA.js";
import "./chunk-OGBS6WUH.js";
import "./chunk-UPOWUPET.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
