import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-5OPWWFR4.js";
import "./chunk-ZTWQCDIG.js";
import "./chunk-Q4XXQOCD.js";
import "./chunk-JXSAT7HH.js";
import "./chunk-5TFLEZGS.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
