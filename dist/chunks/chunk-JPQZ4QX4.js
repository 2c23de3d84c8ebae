import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";

// src/cli/common-options.ts
var collect = (value, previous = []) => [...previous, value];
function addInputOption(cmd) {
  return cmd.option("-f, --filename <path>", "manifest file, directory (walked recursively) or - for stdin; may repeat", collect, []);
}
function inputPaths(filenames, io) {
  if (filenames.length > 0) return [...filenames];
  if (io.stdin.isTTY) throw new KubeInjectError("usage", "no input: give -f FILE, -f DIR, or -f - to read standard input");
  return ["-"];
}
function sourceIO(io) {
  return { readStdin: () => io.stdin.read(), cwd: io.cwd };
}

export {
  collect,
  addInputOption,
  inputPaths,
  sourceIO
};
