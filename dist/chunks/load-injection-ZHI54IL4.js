import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-4QKZFWL7.js";
import "./chunk-SOIBLXSN.js";
import "./chunk-YJJSY5X5.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
