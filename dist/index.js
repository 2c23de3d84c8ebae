import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-5OPWWFR4.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-QWJBP574.js";
import "./chunks/chunk-ZTWQCDIG.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-64WG6MXM.js";
import {
  formatError
} from "./chunks/chunk-3BMKOMHC.js";
import {
  splitStream
} from "./chunks/chunk-Q4XXQOCD.js";
import {
  makeSource
} from "./chunks/chunk-JXSAT7HH.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-WDOVRMTT.js";
import "./chunks/chunk-5TFLEZGS.js";
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
