import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  prepareInjector,
  stripInjection
} from "./chunk-OPZCMHQC.js";
import "./chunk-KGQPGEUE.js";
import "./chunk-RXZTIF7N.js";
import "./chunk-Q7PBP2X7.js";
import "./chunk-E7CVC4BD.js";
import "./chunk-HW64GBDU.js";
export {
  prepareInjector,
  stripInjection
};
