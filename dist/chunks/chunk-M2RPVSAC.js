import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);

// start-up-light:node:crypto
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var m;
var load = () => m ??= require2("node:crypto");
function createHash(...a) {
  return load().createHash(...a);
}
function randomBytes(...a) {
  return load().randomBytes(...a);
}

export {
  createHash,
  randomBytes
};
