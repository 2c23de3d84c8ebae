import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-T3QKHIO5.js";
import "./chunk-HUARZBUR.js";
import "./chunk-SQZFQR7O.js";
import "./chunk-COXAPVST.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-AK7AJZEN.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
