import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-BYEDMBY2.js";
import "./chunk-H5DQVR5R.js";
import "./chunk-HUARZBUR.js";
import "./chunk-MJX3PATK.js";
import "./chunk-ZOC6TV5Q.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
