import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-3Y6357F2.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-U6ZQTNJK.js";
import "./chunks/chunk-ICDJLKMY.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-5CSLTNPB.js";
import {
  formatError
} from "./chunks/chunk-HHQ7RDVS.js";
import "./chunks/chunk-USZ42ING.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-PWQIWG3F.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-CDBX4UJP.js";
import "./chunks/chunk-4R463EOA.js";
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
