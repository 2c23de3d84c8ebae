import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-INE6FCOD.js";
import "./chunk-DKATBWYA.js";
import "./chunk-HIQ4PR6W.js";
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
