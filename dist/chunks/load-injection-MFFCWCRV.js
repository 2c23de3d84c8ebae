import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-AMROWBEG.js";
import "./chunk-A5XNI7KH.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
