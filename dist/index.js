import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunks/chunk-DZY2NMEH.js";
import {
  buildRules,
  explainWorkload,
  formatError,
  parseIptablesArgs,
  renderExplanation,
  restoreScript,
  servicesIn
} from "./chunks/chunk-GPEQLJ3B.js";
import "./chunks/chunk-Z6UKEAVH.js";
import {
  writeStream
} from "./chunks/chunk-ONAS2RY5.js";
import "./chunks/chunk-SHTSHX22.js";
import "./chunks/chunk-SRFRKE7F.js";
import {
  loadInjectorConfig
} from "./chunks/chunk-F72MEBKQ.js";
import {
  makeSource
} from "./chunks/chunk-4FZ5O6JR.js";
import {
  splitStream
} from "./chunks/chunk-AGZNUTG6.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunks/chunk-OEARLKKL.js";
import "./chunks/chunk-RODY3LIP.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-K3TB7OTU.js";
import "./chunks/chunk-3U2KYIZR.js";
import "./chunks/chunk-M2RPVSAC.js";
import "./chunks/chunk-DY3IP3X6.js";
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
