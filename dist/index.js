import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunks/chunk-FWZXBLIN.js";
import {
  buildRules,
  explainWorkload,
  formatError,
  parseIptablesArgs,
  renderExplanation,
  restoreScript,
  servicesIn
} from "./chunks/chunk-VXBVGIO3.js";
import "./chunks/chunk-Z6UKEAVH.js";
import {
  writeStream
} from "./chunks/chunk-7QKUWDZE.js";
import "./chunks/chunk-D5DHHIU4.js";
import "./chunks/chunk-AX4J76SZ.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-WY6RGXND.js";
import {
  makeSource
} from "./chunks/chunk-4FZ5O6JR.js";
import {
  splitStream
} from "./chunks/chunk-P327LHM6.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunks/chunk-PZVLFTNV.js";
import "./chunks/chunk-MIGZF3OT.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-HFT2YTTB.js";
import "./chunks/chunk-R7FFD76N.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-WVV7UOCD.js";
import {
  KubeInjectError
} from "./chunks/chunk-R65FSZE3.js";
import "./chunks/chunk-HW64GBDU.js";
export {
  KubeInjectError,
  POD_TEMPLATE_PATHS,
  buildRules,
  explainWorkload,
  formatError,
  injectDocuments,
  lintDocuments,
  loadInjectorConfig,
  locateWorkloads,
  makeSource,
  objectsOf,
  parseIptablesArgs,
  prepareInjector,
  renderExplanation,
  restoreScript,
  servicesIn,
  splitStream,
  stripInjection,
  uninjectDocuments,
  uninjectPod,
  writeStream
};
