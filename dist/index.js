import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-KW6CB5S4.js";
import {
  prepareInjector,
  stripInjection
} from "./chunks/chunk-4SYYTZX4.js";
import {
  writeStream
} from "./chunks/chunk-QV7ACNMI.js";
import {
  lintDocuments
} from "./chunks/chunk-36C2NOSL.js";
import {
  formatError
} from "./chunks/chunk-YASOL5AJ.js";
import {
  POD_TEMPLATE_PATHS,
  injectDocuments,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-5G5TQYDY.js";
import {
  makeSource
} from "./chunks/chunk-ERM64M6I.js";
import {
  splitStream
} from "./chunks/chunk-HGVWVBV4.js";
import "./chunks/chunk-LBOMC4G4.js";
import {
  KubeInjectError
} from "./chunks/chunk-MDDANGUR.js";
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
