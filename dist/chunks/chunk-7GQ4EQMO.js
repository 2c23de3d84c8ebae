import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/lint/types.ts
var SEVERITIES = ["error", "warning", "info"];
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };

export {
  SEVERITIES,
  SEVERITY_RANK
};
