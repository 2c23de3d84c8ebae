import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-RBNFUB2B.js";
import "./chunk-KGQPGEUE.js";
import "./chunk-3NJCWS37.js";
import "./chunk-Q7PBP2X7.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
