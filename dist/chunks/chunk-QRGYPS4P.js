import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  readSources
} from "./chunk-AB2M46ON.js";
import {
  splitStream
} from "./chunk-6B2P5HNI.js";
import {
  KubeInjectError
} from "./chunk-CSELITEP.js";

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, invalid: 2 };

// src/cli/common-options.ts
var collect = (value, previous = []) => [...previous, value];
function addInputOption(cmd) {
  return cmd.option("-f, --filename <path>", "manifest file, directory (walked recursively) or - for stdin; may repeat", collect, []);
}
async function readInputs(filenames, io) {
  let paths = filenames;
  if (paths.length === 0) {
    if (io.stdin.isTTY) throw new KubeInjectError("usage", "no input: give -f FILE, -f DIR, or -f - to read standard input");
    paths = ["-"];
  }
  const sources = await readSources(paths, { readStdin: () => io.stdin.read() });
  const docs = [];
  const errors = [];
  for (const source of sources) {
    try {
      for (const doc of splitStream(source)) docs.push(doc);
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      errors.push(e.locate({ file: source.name }));
    }
  }
  return { docs, errors };
}

// src/cli/version.ts
var VERSION = "0.1.0";

// src/emit/findings/formats.ts
var FORMATS = ["text", "json", "sarif", "github"];

export {
  EXIT,
  collect,
  addInputOption,
  readInputs,
  FORMATS,
  VERSION
};
