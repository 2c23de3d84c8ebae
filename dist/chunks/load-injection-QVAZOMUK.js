import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-K3OCR5OG.js";
import "./chunk-DSLPCUVR.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-T7URVJXS.js";
import "./chunk-JFMT7K4A.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
