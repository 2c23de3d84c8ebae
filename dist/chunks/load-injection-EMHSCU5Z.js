import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig,
  loadMeshConfig
} from "./chunk-GRXU732S.js";
import "./chunk-FA6U4GSW.js";
import "./chunk-7DD2NUNG.js";
import "./chunk-QGQJA5IW.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig,
  loadMeshConfig
};
