import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-KO3DDSMK.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-X7HRCRWO.js";
import {
  writeStream
} from "./chunks/chunk-5QQVILEP.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  lintDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-ZMEUHV3L.js";
import {
  formatError
} from "./chunks/chunk-ON34IYSA.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-3NJCWS37.js";
import "./chunks/chunk-YST3SGHZ.js";
import {
  KubeInjectError
} from "./chunks/chunk-E7CVC4BD.js";
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
