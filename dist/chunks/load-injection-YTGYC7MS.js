import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-6HQPWAQA.js";
import "./chunk-6KEWBW4Y.js";
import "./chunk-FJK6TRQP.js";
import "./chunk-2D3D45OW.js";
import "./chunk-DZJAEMGB.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
