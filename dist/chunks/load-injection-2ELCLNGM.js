import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-JBTUVVIU.js";
import "./chunk-HXDU4EU2.js";
import "./chunk-OPC7HEKU.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
