import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-ONVMSJZT.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-EKKFAXR4.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-NYHPNXAO.js";
import {
  formatError
} from "./chunks/chunk-3BMKOMHC.js";
import {
  splitStream
} from "./chunks/chunk-DXAV2RSH.js";
import {
  makeSource
} from "./chunks/chunk-JXSAT7HH.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-NJYH3RB2.js";
import "./chunks/chunk-KSOLSXGM.js";
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
