import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-BYEDMBY2.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-V5RAISVL.js";
import "./chunks/chunk-H5DQVR5R.js";
import {
  lintDocuments
} from "./chunks/chunk-ST4SJC45.js";
import {
  writeStream
} from "./chunks/chunk-FXRDIZ26.js";
import {
  formatError
} from "./chunks/chunk-ITG7PEGX.js";
import "./chunks/chunk-Z6UKEAVH.js";
import "./chunks/chunk-QGCYH64K.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-MJX3PATK.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-KEZN6YXG.js";
import "./chunks/chunk-ZOC6TV5Q.js";
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
