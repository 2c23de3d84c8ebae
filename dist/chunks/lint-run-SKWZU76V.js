import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lintForInject,
  runLint
} from "./chunk-W76QM4XV.js";
import "./chunk-LDPYOGWI.js";
import "./chunk-CUKZHPWK.js";
import "./chunk-RPFIGIGD.js";
import "./chunk-HXDU4EU2.js";
import "./chunk-DSZEZXXB.js";
import "./chunk-OPC7HEKU.js";
import "./chunk-HW64GBDU.js";
export {
  failing,
  lintForInject,
  runLint
};
