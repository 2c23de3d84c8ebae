import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectDocuments,
  prepareInjector,
  stripInjection
} from "./chunk-PURQ4KOE.js";
import "./chunk-2NU42MBP.js";
import "./chunk-BYAT2JJO.js";
import "./chunk-4BOM6MHP.js";
import "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";
export {
  injectDocuments,
  prepareInjector,
  stripInjection
};
