import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig,
  loadMeshConfig
} from "./chunk-VFJZ4K2T.js";
import "./chunk-QLM7QKL3.js";
import "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import "./chunk-JVS6AGS5.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";
export {
  loadInjectorConfig,
  loadMeshConfig
};
