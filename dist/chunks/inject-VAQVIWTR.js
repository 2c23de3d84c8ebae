import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  injectedRevisions,
  namespacesIn,
  outcomeName,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
} from "./chunk-PZVLFTNV.js";
import "./chunk-MIGZF3OT.js";
import "./chunk-HFT2YTTB.js";
import "./chunk-R7FFD76N.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-WVV7UOCD.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  injectedRevisions,
  namespacesIn,
  outcomeName,
  prepareInjector,
  stripInjection,
  uninjectDocuments,
  uninjectPod
};
