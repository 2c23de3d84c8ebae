import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  assemble,
  injectOneDocument,
  injectStream
} from "./chunk-JY2JBGQ2.js";
import "./chunk-HAYXLUUR.js";
import "./chunk-4P6O6REU.js";
import "./chunk-ACMWZV3F.js";
import "./chunk-GXKLT2VF.js";
import "./chunk-JVS6AGS5.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";
export {
  assemble,
  injectOneDocument,
  injectStream
};
