import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  assemble,
  injectOneDocument,
  injectStream
} from "./chunk-WLQSRHAJ.js";
import "./chunk-ONAS2RY5.js";
import "./chunk-OEARLKKL.js";
import "./chunk-RODY3LIP.js";
import "./chunk-K3TB7OTU.js";
import "./chunk-3U2KYIZR.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-DY3IP3X6.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";
export {
  assemble,
  injectOneDocument,
  injectStream
};
