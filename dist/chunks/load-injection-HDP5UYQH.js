import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-WY6RGXND.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-P327LHM6.js";
import "./chunk-R7FFD76N.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-WVV7UOCD.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
