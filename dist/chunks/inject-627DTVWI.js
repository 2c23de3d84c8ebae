import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunk-QWJBP574.js";
import "./chunk-ZTWQCDIG.js";
import "./chunk-WDOVRMTT.js";
import "./chunk-5TFLEZGS.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  prepareInjector,
  stripInjection
};
