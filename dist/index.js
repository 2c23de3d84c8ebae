import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunks/chunk-JD4ZQMSG.js";
import {
  buildRules,
  explainWorkload,
  formatError,
  parseIptablesArgs,
  renderExplanation,
  restoreScript,
  servicesIn
} from "./chunks/chunk-LTQPEKQH.js";
import "./chunks/chunk-Z6UKEAVH.js";
import {
  writeStream
} from "./chunks/chunk-HAYXLUUR.js";
import "./chunks/chunk-MR5K7NCO.js";
import "./chunks/chunk-FPC4SLT7.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-VFJZ4K2T.js";
import {
  makeSource
} from "./chunks/chunk-QLM7QKL3.js";
import "./chunks/chunk-R56FJPZO.js";
import {
  splitStream
} from "./chunks/chunk-7DD2NUNG.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunks/chunk-4P6O6REU.js";
import "./chunks/chunk-ACMWZV3F.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-GXKLT2VF.js";
import "./chunks/chunk-JVS6AGS5.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-MRUMKARZ.js";
import {
  KubeInjectError
} from "./chunks/chunk-66ALYMBE.js";
import "./chunks/chunk-GKZETWE4.js";
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
