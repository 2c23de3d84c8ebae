import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
} from "./chunk-U6ZQTNJK.js";
import "./chunk-ICDJLKMY.js";
import "./chunk-CDBX4UJP.js";
import "./chunk-4R463EOA.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  namespacesIn,
  prepareInjector,
  stripInjection
};
