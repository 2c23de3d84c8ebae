import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-3GZDUURG.js";
import "./chunk-GQP75BDG.js";
import "./chunk-SOFQFTDQ.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
