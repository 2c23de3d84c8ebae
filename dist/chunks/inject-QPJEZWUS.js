import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  outcomeName,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunk-YICQNRSW.js";
import "./chunk-QHXIJ6FD.js";
import "./chunk-P4FMYUXA.js";
import "./chunk-TY7W6265.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  outcomeName,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
};
