import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-O2RF7GHV.js";
import "./chunk-HUARZBUR.js";
import "./chunk-SQZFQR7O.js";
import "./chunk-PG7UKGM4.js";
import "./chunk-AK7AJZEN.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
