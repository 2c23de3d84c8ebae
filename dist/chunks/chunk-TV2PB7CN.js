import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  MANIFEST_EXTENSIONS,
  readInputs,
  splitStream
} from "./chunk-3NJCWS37.js";
import {
  KubeInjectError
} from "./chunk-E7CVC4BD.js";

// src/cli/io.ts
var EXIT = { ok: 0, findings: 1, invalid: 2 };

// src/read/manifests.ts
import { resolve } from "node:path";
async function readManifests(paths, io) {
  const inputs = await readInputs(paths, io);
  const docs = [];
  const errors = [];
  const files = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    for (const source of input.sources) {
      files.push(source.name);
      try {
        docs.push(...splitStream(source));
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        errors.push(e.locate({ file: source.name }));
      }
    }
  }
  const named = inputs.some((input) => input.kind === "file");
  if (errors.length === 0 && !named && !docs.some((d) => !d.empty)) errors.push(noManifests(inputs));
  return { docs, errors, files };
}
function noManifests(inputs) {
  const what = inputs.map((input) => {
    const blank = input.sources.every((s) => s.text.trim() === "");
    switch (input.kind) {
      case "stdin":
        return `standard input (${blank ? "it is empty" : "only comments and empty documents"})`;
      case "directory":
        if (input.sources.length === 0) return `${input.given} (looked for ${MANIFEST_EXTENSIONS.join(", ")})`;
        return `${input.given} (${input.sources.length} file${input.sources.length === 1 ? "" : "s"}, only comments and empty documents)`;
      case "file":
      case "unreadable":
        return input.given;
    }
  });
  return new KubeInjectError("no-manifests", `no manifests found in ${what.join(", ")}`);
}
var CONTEXT_SKIP = ["node_modules"];
async function readContext(paths, io, inputFiles) {
  if (paths.includes("-")) throw new KubeInjectError("usage", "--context reads files and directories, not standard input");
  const key = (name) => io.cwd === void 0 ? name : resolve(io.cwd, name);
  const seen = new Set(inputFiles.map(key));
  const docs = [];
  for (const input of await readInputs(paths, io, { skip: CONTEXT_SKIP })) {
    if (input.kind === "unreadable") throw new KubeInjectError("usage", `--context: ${input.errors[0].message}`, { file: input.given });
    for (const source of input.sources) {
      if (seen.has(key(source.name))) continue;
      seen.add(key(source.name));
      let split;
      try {
        split = splitStream(source);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        continue;
      }
      docs.push(...split.filter((d) => isKubernetesObject(d.value)));
    }
  }
  return docs;
}
function isKubernetesObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const o = v;
  return typeof o.apiVersion === "string" && o.apiVersion !== "" && typeof o.kind === "string" && o.kind !== "";
}

// src/cli/common-options.ts
var collect = (value, previous = []) => [...previous, value];
function addInputOption(cmd) {
  return cmd.option("-f, --filename <path>", "manifest file, directory (walked recursively) or - for stdin; may repeat", collect, []);
}
async function readInputs2(filenames, io) {
  let paths = filenames;
  if (paths.length === 0) {
    if (io.stdin.isTTY) throw new KubeInjectError("usage", "no input: give -f FILE, -f DIR, or -f - to read standard input");
    paths = ["-"];
  }
  return readManifests(paths, { readStdin: () => io.stdin.read(), cwd: io.cwd });
}

// src/cli/version.ts
var VERSION = "0.1.0";

// src/emit/findings/formats.ts
var FORMATS = ["text", "json", "sarif", "github"];

export {
  EXIT,
  readContext,
  collect,
  addInputOption,
  readInputs2 as readInputs,
  FORMATS,
  VERSION
};
