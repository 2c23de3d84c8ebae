import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-3PJHHOZF.js";
import "./chunk-AB2M46ON.js";
import "./chunk-6B2P5HNI.js";
import "./chunk-CSELITEP.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
