import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-YJ3PPAA5.js";
import "./chunk-QHXIJ6FD.js";
import "./chunk-HUARZBUR.js";
import "./chunk-EU4XDV6N.js";
import "./chunk-TY7W6265.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
