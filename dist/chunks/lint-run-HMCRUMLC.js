import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-THVGLL2I.js";
import "./chunk-DKATBWYA.js";
import "./chunk-2CUYI6NH.js";
import "./chunk-RPFIGIGD.js";
import "./chunk-A5XNI7KH.js";
import "./chunk-Y2NMTMLK.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
