import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  KubeInjectError
} from "./chunk-CSELITEP.js";

// src/read/sources.ts
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
async function readSources(paths, io) {
  const out = [];
  let stdinUsed = false;
  for (const path of paths) {
    if (path === "-") {
      if (stdinUsed) throw new KubeInjectError("usage", "`-f -` (standard input) may be given only once");
      stdinUsed = true;
      out.push(makeSource("<stdin>", await io.readStdin()));
      continue;
    }
    for (const file of await expand(path)) out.push(makeSource(file, await readText(file)));
  }
  return out;
}
function makeSource(name, raw) {
  return { name, text: raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw };
}
async function expand(path) {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    throw ioError(path, e);
  }
  if (!info.isDirectory()) return [path];
  const files = [];
  const walk = async (dir) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (MANIFEST_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) files.push(full);
    }
  };
  await walk(path);
  return files;
}
async function readText(file) {
  let buf;
  try {
    buf = await readFile(file);
  } catch (e) {
    throw ioError(file, e);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    const text = new TextDecoder("utf-8").decode(buf);
    const bad = text.indexOf("\uFFFD");
    const line = text.slice(0, bad).split("\n").length;
    throw new KubeInjectError("io", "file is not valid UTF-8", { file, line, column: bad - text.lastIndexOf("\n", bad - 1) });
  }
}
function ioError(path, e) {
  const code = e?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : e?.message ?? String(e);
  return new KubeInjectError("io", `cannot read: ${reason}`, { file: path }, { cause: e });
}

export {
  readSources,
  makeSource
};
