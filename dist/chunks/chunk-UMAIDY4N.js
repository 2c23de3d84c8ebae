import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/cli/version.ts
var VERSION = "0.1.0";

// src/emit/findings/formats.ts
var FORMATS = ["text", "json", "sarif", "github"];

export {
  FORMATS,
  VERSION
};
