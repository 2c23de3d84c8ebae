import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-3GZDUURG.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-GZJ5OW4F.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-XU4DPVJ2.js";
import {
  formatError
} from "./chunks/chunk-ON34IYSA.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-GQP75BDG.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-KBD2GS6L.js";
import "./chunks/chunk-SOFQFTDQ.js";
import {
  KubeInjectError
} from "./chunks/chunk-ZV2WLJBK.js";
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
