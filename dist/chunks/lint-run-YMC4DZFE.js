import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-LKDOSH45.js";
import "./chunk-DIR3Y7HM.js";
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
