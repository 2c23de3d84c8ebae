import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-OT5O3WCB.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-GGKMQIQO.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-7EC7HD66.js";
import {
  formatError
} from "./chunks/chunk-3BMKOMHC.js";
import {
  splitStream
} from "./chunks/chunk-FGSKPOGA.js";
import {
  makeSource
} from "./chunks/chunk-JXSAT7HH.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-XDBAZISH.js";
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
