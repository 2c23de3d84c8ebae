import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig,
  loadMeshConfig
} from "./chunk-F72MEBKQ.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-AGZNUTG6.js";
import "./chunk-3U2KYIZR.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-DY3IP3X6.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig,
  loadMeshConfig
};
