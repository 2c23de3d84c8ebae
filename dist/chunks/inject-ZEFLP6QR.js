import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-SAOK4LEK.js";
import "./chunk-QHXIJ6FD.js";
import "./chunk-4HISUEW5.js";
import "./chunk-TY7W6265.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
