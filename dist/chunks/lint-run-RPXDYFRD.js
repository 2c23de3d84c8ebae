import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-HEZWYPG6.js";
import "./chunk-2Y5Q7CVO.js";
import "./chunk-ZHMMKOLG.js";
import "./chunk-RPFIGIGD.js";
import "./chunk-SOIBLXSN.js";
import "./chunk-XEX77JCM.js";
import "./chunk-YJJSY5X5.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
