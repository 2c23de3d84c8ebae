import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  printable
} from "./chunk-Z6UKEAVH.js";

// src/emit/format-error.ts
function formatError(e) {
  const p = e.position;
  let where = "";
  if (p.file !== void 0) {
    where = p.file;
    if (p.line !== void 0) where += `:${p.line}`;
    if (p.line !== void 0 && p.column !== void 0) where += `:${p.column}`;
    where += ": ";
  }
  return printable(`${where}error: ${errorMessage(e)}`);
}
function errorMessage(e) {
  const r = e.position.resource;
  return r && !e.message.includes(r) ? `${r}: ${e.message}` : e.message;
}

export {
  formatError,
  errorMessage
};
