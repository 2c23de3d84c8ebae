import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-YQ4IBOYP.js";
import "./chunk-25E6Y4FY.js";
import "./chunk-HUARZBUR.js";
import "./chunk-QC6CDSPJ.js";
import "./chunk-JNAE65XT.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
