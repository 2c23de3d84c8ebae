import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-I7YJSAYT.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-CUGFU6LC.js";
import "./chunks/chunk-YLJ3X52I.js";
import {
  lintDocuments
} from "./chunks/chunk-5XIMTI7K.js";
import {
  writeStream
} from "./chunks/chunk-BFF73ACR.js";
import {
  formatError
} from "./chunks/chunk-ITG7PEGX.js";
import "./chunks/chunk-Z6UKEAVH.js";
import "./chunks/chunk-RBYI63CL.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-5CZA6WIN.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-STGMZJUA.js";
import "./chunks/chunk-D3XFHBVA.js";
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
