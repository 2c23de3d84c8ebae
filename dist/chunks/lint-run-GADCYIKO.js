import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-W4UE56WB.js";
import "./chunk-TV2PB7CN.js";
import "./chunk-ZMEUHV3L.js";
import "./chunk-ON34IYSA.js";
import "./chunk-3NJCWS37.js";
import "./chunk-YST3SGHZ.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
