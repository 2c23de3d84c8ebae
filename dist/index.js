import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunks/chunk-62WT57EG.js";
import {
  formatError
} from "./chunks/chunk-HHQ7RDVS.js";
import "./chunks/chunk-5VBGOQPH.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-T3QKHIO5.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-SQZFQR7O.js";
import {
  writeStream
} from "./chunks/chunk-455W74F3.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-PPTIZF6K.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-DDAWXSH7.js";
import "./chunks/chunk-COXAPVST.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-AK7AJZEN.js";
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
