import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-PR2RR742.js";
import "./chunk-UPSH2GWA.js";
import "./chunk-4LZXBXVZ.js";
import "./chunk-NNHMRYPC.js";
import "./chunk-UPOWUPET.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
