import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// src/model/errors.ts
var KubeInjectError = class extends Error {
  code;
  position;
  constructor(code, message, position = {}, options) {
    super(message, options);
    this.name = "KubeInjectError";
    this.code = code;
    this.position = position;
  }
  /** Fill in position fields that are still unknown (an outer layer knows the file, say). */
  locate(position) {
    this.position = { ...position, ...definedOnly(this.position) };
    return this;
  }
};
function definedOnly(p) {
  const out = {};
  for (const [k, v] of Object.entries(p)) if (v !== void 0) out[k] = v;
  return out;
}

export {
  KubeInjectError
};
