import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-2RGRHU7A.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-O7OZTNI2.js";
import "./chunks/chunk-GQEFDNXM.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-VQZMRZKG.js";
import {
  formatError
} from "./chunks/chunk-3BMKOMHC.js";
import {
  splitStream
} from "./chunks/chunk-FJK6TRQP.js";
import {
  makeSource
} from "./chunks/chunk-2D3D45OW.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-5AKOGOGU.js";
import "./chunks/chunk-DZJAEMGB.js";
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
