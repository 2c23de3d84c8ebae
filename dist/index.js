import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-LHH3EKPX.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-WHSBRBCL.js";
import "./chunks/chunk-DZBVJ3UN.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-UDFMRA6J.js";
import {
  formatError
} from "./chunks/chunk-HHQ7RDVS.js";
import "./chunks/chunk-VV53FX4F.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-VJB3E5P5.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-D7Z4CXO2.js";
import "./chunks/chunk-3AEIXWFE.js";
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
