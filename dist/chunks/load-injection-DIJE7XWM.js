import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-I7YJSAYT.js";
import "./chunk-YLJ3X52I.js";
import "./chunk-HUARZBUR.js";
import "./chunk-5CZA6WIN.js";
import "./chunk-D3XFHBVA.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
