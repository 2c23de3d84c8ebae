import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-YJ3PPAA5.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunks/chunk-SAOK4LEK.js";
import "./chunks/chunk-QHXIJ6FD.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-OZ4GPB3D.js";
import {
  formatError
} from "./chunks/chunk-HHQ7RDVS.js";
import "./chunks/chunk-L62PPSDN.js";
import {
  makeSource
} from "./chunks/chunk-HUARZBUR.js";
import {
  splitStream
} from "./chunks/chunk-EU4XDV6N.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-4HISUEW5.js";
import "./chunks/chunk-TY7W6265.js";
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
