import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  loadInjectorConfig
} from "./chunks/chunk-K3OCR5OG.js";
import {
  injectDocuments,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunks/chunk-ZN2UJAXR.js";
import "./chunks/chunk-DSLPCUVR.js";
import {
  lintDocuments,
  writeStream
} from "./chunks/chunk-EP2HQHWJ.js";
import {
  buildRules,
  explainWorkload,
  formatError,
  parseIptablesArgs,
  renderExplanation,
  restoreScript,
  servicesIn
} from "./chunks/chunk-Y57SN2EC.js";
import "./chunks/chunk-ECBWALNN.js";
import "./chunks/chunk-AX4J76SZ.js";
import {
  makeSource
} from "./chunks/chunk-4FZ5O6JR.js";
import {
  splitStream
} from "./chunks/chunk-T7URVJXS.js";
import "./chunks/chunk-GNM53JSE.js";
import {
  POD_TEMPLATE_PATHS,
  locateWorkloads,
  objectsOf
} from "./chunks/chunk-HFT2YTTB.js";
import "./chunks/chunk-JFMT7K4A.js";
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
