import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-6XWZAMLR.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-PURQ4KOE.js";
import "./chunks/chunk-2NU42MBP.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-GOZELPZV.js";
import {
  formatError
} from "./chunks/chunk-3BMKOMHC.js";
import {
  splitStream
} from "./chunks/chunk-YXZFGPDG.js";
import {
  makeSource
} from "./chunks/chunk-JXSAT7HH.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-BYAT2JJO.js";
import "./chunks/chunk-4BOM6MHP.js";
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
