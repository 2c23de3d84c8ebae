import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-4QKZFWL7.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-XYV2NYOV.js";
import {
  writeStream
} from "./chunks/chunk-RQ5YXH5K.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  lintDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-ZHMMKOLG.js";
import {
  formatError
} from "./chunks/chunk-RPFIGIGD.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-SOIBLXSN.js";
import "./chunks/chunk-XEX77JCM.js";
import {
  KubeInjectError
} from "./chunks/chunk-YJJSY5X5.js";
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
