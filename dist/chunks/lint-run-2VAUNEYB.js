import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-XYG2ECSR.js";
import "./chunk-QRGYPS4P.js";
import "./chunk-BS7DMNXH.js";
import "./chunk-YASOL5AJ.js";
import "./chunk-6P4YRG2C.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-S67S6PVX.js";
import "./chunk-AB2M46ON.js";
import "./chunk-6B2P5HNI.js";
import "./chunk-NI2DDGUX.js";
import "./chunk-CSELITEP.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
