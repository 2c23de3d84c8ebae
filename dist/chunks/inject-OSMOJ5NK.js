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
} from "./chunk-ZN2UJAXR.js";
import "./chunk-DSLPCUVR.js";
import "./chunk-GNM53JSE.js";
import "./chunk-HFT2YTTB.js";
import "./chunk-JFMT7K4A.js";
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
