import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-V65T3ZHY.js";
import "./chunk-TQLL7VN7.js";
import "./chunk-2UQYMCK5.js";
import "./chunk-ON34IYSA.js";
import "./chunk-3NJCWS37.js";
import "./chunk-RXZTIF7N.js";
import "./chunk-Q7PBP2X7.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
