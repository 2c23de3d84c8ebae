import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunk-O7OZTNI2.js";
import "./chunk-GQEFDNXM.js";
import "./chunk-5AKOGOGU.js";
import "./chunk-DZJAEMGB.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  prepareInjector,
  stripInjection
};
