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
  const about = p.resource && !e.message.includes(p.resource) ? `${p.resource}: ` : "";
  return `${where}error: ${about}${e.message}`;
}

export {
  formatError
};
