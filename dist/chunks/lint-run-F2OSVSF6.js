import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-5DUKSU27.js";
import "./chunk-34LDJIO7.js";
import "./chunk-36C2NOSL.js";
import "./chunk-YASOL5AJ.js";
import "./chunk-IHX67U3I.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-5G5TQYDY.js";
import "./chunk-ERM64M6I.js";
import "./chunk-HGVWVBV4.js";
import "./chunk-LBOMC4G4.js";
import "./chunk-MDDANGUR.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
