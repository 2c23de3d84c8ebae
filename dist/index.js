import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-RBNFUB2B.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-OPZCMHQC.js";
import "./chunks/chunk-KGQPGEUE.js";
import {
  writeStream
} from "./chunks/chunk-5QQVILEP.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  lintDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-2UQYMCK5.js";
import {
  formatError
} from "./chunks/chunk-ON34IYSA.js";
import {
  makeSource,
  splitStream
} from "./chunks/chunk-3NJCWS37.js";
import "./chunks/chunk-RXZTIF7N.js";
import "./chunks/chunk-Q7PBP2X7.js";
import {
  KubeInjectError
} from "./chunks/chunk-E7CVC4BD.js";
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
