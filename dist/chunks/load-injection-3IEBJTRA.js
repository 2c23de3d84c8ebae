import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-OT5O3WCB.js";
import "./chunk-FGSKPOGA.js";
import "./chunk-JXSAT7HH.js";
import "./chunk-SOFQFTDQ.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
