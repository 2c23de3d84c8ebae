import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunks/chunk-CTS7ROZO.js";
import {
  formatError
} from "./chunks/chunk-ITG7PEGX.js";
import "./chunks/chunk-Z6UKEAVH.js";
import {
  writeStream
} from "./chunks/chunk-XI23CS2L.js";
import "./chunks/chunk-O42NFUKT.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-75X4QJNS.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-KIMMVMBM.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-6QC3YQWL.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-PCSYW5TY.js";
import "./chunks/chunk-ODMI6MIK.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-6IGL3DAH.js";
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
