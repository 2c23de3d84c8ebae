import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-3PJHHOZF.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-O7JMYIZY.js";
import {
  writeStream
} from "./chunks/chunk-IPLNPRC7.js";
import {
  lintDocuments
} from "./chunks/chunk-BS7DMNXH.js";
import {
  formatError
} from "./chunks/chunk-YASOL5AJ.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-S67S6PVX.js";
import {
  makeSource
} from "./chunks/chunk-AB2M46ON.js";
import {
  splitStream
} from "./chunks/chunk-6B2P5HNI.js";
import "./chunks/chunk-NI2DDGUX.js";
import {
  KubeInjectError
} from "./chunks/chunk-CSELITEP.js";
import "./chunks/chunk-HW64GBDU.js";
export {
  KubeInjectError,
  POD_TEMPLATE_PATHS,
  formatError,
  injectDocuments,
  lintDocuments,
  loadInjectorConfig,
  locateWorkloads,
  makeSource,
  objectsOf,
  prepareInjector,
  splitStream,
  stripInjection,
  writeStream
};
