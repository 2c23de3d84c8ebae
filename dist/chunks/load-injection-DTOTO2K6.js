import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig,
  loadMeshConfig
} from "./chunk-3Y6357F2.js";
import "./chunk-ICDJLKMY.js";
import "./chunk-HUARZBUR.js";
import "./chunk-PWQIWG3F.js";
import "./chunk-4R463EOA.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig,
  loadMeshConfig
};
