import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  outcomeName,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunk-M2VXNJAM.js";
import "./chunk-2VW2Y7X3.js";
import "./chunk-IRG7ARSU.js";
import "./chunk-7A4CGTSI.js";
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
