import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-GZIZ7NIS.js";
import "./chunk-V5X6LAGY.js";
import "./chunk-BKIGILQV.js";
import "./chunk-AK7AJZEN.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
