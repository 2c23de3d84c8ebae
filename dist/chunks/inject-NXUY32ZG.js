import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunk-R6H4Y5O3.js";
import "./chunk-6KEWBW4Y.js";
import "./chunk-5AKOGOGU.js";
import "./chunk-DZJAEMGB.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  prepareInjector,
  stripInjection
};
