import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-6QC3YQWL.js";
import "./chunk-PCSYW5TY.js";
import "./chunk-ODMI6MIK.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-6IGL3DAH.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
