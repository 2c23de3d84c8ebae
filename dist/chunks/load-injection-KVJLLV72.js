import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-ONVMSJZT.js";
import "./chunk-DXAV2RSH.js";
import "./chunk-JXSAT7HH.js";
import "./chunk-KSOLSXGM.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
