import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-AMROWBEG.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-756AKLZH.js";
import {
  writeStream
} from "./chunks/chunk-5QQVILEP.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  lintDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-HIQ4PR6W.js";
import {
  formatError
} from "./chunks/chunk-RPFIGIGD.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-A5XNI7KH.js";
import "./chunks/chunk-Y2NMTMLK.js";
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
