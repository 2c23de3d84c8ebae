import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunk-KW6CB5S4.js";
import "./chunk-ERM64M6I.js";
import "./chunk-HGVWVBV4.js";
import "./chunk-MDDANGUR.js";
import "./chunk-HW64GBDU.js";
export {
  loadInjectorConfig
};
