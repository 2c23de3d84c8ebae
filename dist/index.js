import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-PR2RR742.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-HZI4R6DB.js";
import "./chunks/chunk-UPSH2GWA.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-5VUED7SK.js";
import {
  formatError
} from "./chunks/chunk-HHQ7RDVS.js";
import "./chunks/chunk-GRSSZQQG.js";
import {
  makeSource
} from "./chunks/chunk-4LZXBXVZ.js";
import {
  splitStream
} from "./chunks/chunk-NNHMRYPC.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-OGBS6WUH.js";
import "./chunks/chunk-UPOWUPET.js";
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
