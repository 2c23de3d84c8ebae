import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-PPTIZF6K.js";
import "./chunk-DDAWXSH7.js";
import "./chunk-COXAPVST.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-AK7AJZEN.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
