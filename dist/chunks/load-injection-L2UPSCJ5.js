import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-75X4QJNS.js";
import "./chunk-HUARZBUR.js";
import "./chunk-KIMMVMBM.js";
import "./chunk-ODMI6MIK.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-6IGL3DAH.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
