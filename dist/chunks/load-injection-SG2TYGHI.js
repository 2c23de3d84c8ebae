import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-LHH3EKPX.js";
import "./chunk-DZBVJ3UN.js";
import "./chunk-HUARZBUR.js";
import "./chunk-VJB3E5P5.js";
import "./chunk-3AEIXWFE.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
