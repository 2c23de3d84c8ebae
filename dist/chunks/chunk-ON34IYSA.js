import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

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
  return `${where}error: ${errorMessage(e)}`;
}
function errorMessage(e) {
  const r = e.position.resource;
  return r && !e.message.includes(r) ? `${r}: ${e.message}` : e.message;
}

// src/lint/types.ts
var SEVERITIES = ["error", "warning", "info"];
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

export {
  formatError,
  errorMessage,
  SEVERITIES,
  SEVERITY_RANK
};
