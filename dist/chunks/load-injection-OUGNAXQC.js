import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-2RGRHU7A.js";
import "./chunk-GQEFDNXM.js";
import "./chunk-FJK6TRQP.js";
import "./chunk-2D3D45OW.js";
import "./chunk-DZJAEMGB.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
