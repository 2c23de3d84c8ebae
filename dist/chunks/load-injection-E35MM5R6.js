import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-6XWZAMLR.js";
import "./chunk-2NU42MBP.js";
import "./chunk-YXZFGPDG.js";
import "./chunk-JXSAT7HH.js";
import "./chunk-4BOM6MHP.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
