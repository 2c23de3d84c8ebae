import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, invalid: 2 };

export {
  EXIT
};
