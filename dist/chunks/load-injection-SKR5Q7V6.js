import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-PNCAX4XX.js";
import "./chunk-2VW2Y7X3.js";
import "./chunk-HUARZBUR.js";
import "./chunk-OCEBRQR6.js";
import "./chunk-7A4CGTSI.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
