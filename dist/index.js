import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-JBTUVVIU.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-OQME4C3R.js";
import {
  writeStream
} from "./chunks/chunk-GXLOXWEL.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  lintDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-CUKZHPWK.js";
import {
  formatError
} from "./chunks/chunk-RPFIGIGD.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-HXDU4EU2.js";
import "./chunks/chunk-DSZEZXXB.js";
import {
  KubeInjectError
} from "./chunks/chunk-OPC7HEKU.js";
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
