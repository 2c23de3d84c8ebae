import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  close,
  init_node_fs,
  open,
  read,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  writeFile
} from "./chunk-R56FJPZO.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";

// src/read/fs-async.ts
init_node_fs();
function call(f) {
  return new Promise((resolve2, reject) => f((e, v) => e ? reject(e) : resolve2(v)));
}
var statAsync = (path) => call((cb) => stat(path, cb));
var realpathAsync = (path) => call((cb) => realpath(path, cb));
var readdirAsync = (path) => call((cb) => readdir(path, { withFileTypes: true }, cb));
var renameAsync = (from, to) => call((cb) => rename(from, to, (e) => cb(e, void 0)));
var unlinkAsync = (path) => call((cb) => unlink(path, (e) => cb(e, void 0)));
var writeFileAsync = (path, text, options) => call((cb) => writeFile(path, text, options, (e) => cb(e, void 0)));
async function readAtMost(path, limit) {
  const fd = await call((cb) => open(path, "r", cb));
  try {
    const chunks = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const bytesRead = await call((cb) => read(fd, chunk, 0, chunk.length, null, (e, n) => cb(e, n)));
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await call((cb) => close(fd, (e) => cb(e, void 0)));
  }
}

// src/read/sources.ts
import { join, resolve } from "node:path";
var MANIFEST_EXTENSIONS = [".yaml", ".yml", ".json"];
var MAX_INPUT_BYTES = 64 * 1024 * 1024;
async function readInputs(paths, io, options = {}) {
  if (paths.filter((p) => p === "-").length > 1) throw new KubeInjectError("usage", "`-f -` (standard input) may be given only once");
  const out = [];
  for (const path of paths) out.push(await readInput(path, io, options));
  return out;
}
async function readInput(path, io, options) {
  if (path === "-") return { given: path, kind: "stdin", sources: [makeSource("<stdin>", await io.readStdin())], errors: [], warnings: [] };
  const fsPath = (p) => io.cwd === void 0 ? p : resolve(io.cwd, p);
  let info;
  try {
    info = await statAsync(fsPath(path));
  } catch (e) {
    return { given: path, kind: "unreadable", sources: [], errors: [ioError(path, e)], warnings: [] };
  }
  if (!info.isDirectory()) {
    if (!info.isFile()) return { given: path, kind: "unreadable", sources: [], errors: [notRegular(path, info)], warnings: [] };
    try {
      return { given: path, kind: "file", sources: [makeSource(path, await readText(path, fsPath(path)))], errors: [], warnings: [] };
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      return { given: path, kind: "file", sources: [], errors: [e], warnings: [] };
    }
  }
  const sources = [];
  const errors = [];
  const warnings = [];
  const skip = new Set(options.skip ?? []);
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdirAsync(fsPath(dir));
    } catch (e) {
      errors.push(ioError(dir, e));
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.name.startsWith(".") || skip.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!MANIFEST_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) continue;
      else if (!entry.isFile()) warnings.push(`${full}: skipped, ${entry.isSymbolicLink() ? "a symbolic link" : "not a regular file"} (directory walks read regular files only; name it with -f to read it)`);
      else {
        try {
          sources.push(makeSource(full, await readText(full, fsPath(full))));
        } catch (e) {
          if (!(e instanceof KubeInjectError)) throw e;
          errors.push(e);
        }
      }
    }
  };
  await walk(path);
  return { given: path, kind: "directory", sources, errors, warnings };
}
async function readTextFile(file, at = file) {
  let info;
  try {
    info = await statAsync(at);
  } catch (e) {
    throw ioError(file, e);
  }
  if (!info.isFile()) throw notRegular(file, info);
  return makeSource(file, await readText(file, at)).text;
}
function makeSource(name, raw) {
  return { name, text: raw.charCodeAt(0) === 65279 ? raw.slice(1) : raw };
}
async function readText(file, at) {
  let buf;
  try {
    buf = await readAtMost(at, MAX_INPUT_BYTES);
  } catch (e) {
    throw ioError(file, e);
  }
  if (buf.length > MAX_INPUT_BYTES) throw new KubeInjectError("io", `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most kube-inject reads`, { file });
  return decodeUtf8(file, buf);
}
function decodeUtf8(file, buf) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(buf);
  } catch {
    const text = new TextDecoder("utf-8").decode(buf);
    const bad = text.indexOf("\uFFFD");
    const line = text.slice(0, bad).split("\n").length;
    throw new KubeInjectError("io", "file is not valid UTF-8", { file, line, column: bad - text.lastIndexOf("\n", bad - 1) });
  }
}
function notRegular(path, info) {
  const what = info.isFIFO() ? "a FIFO" : info.isCharacterDevice() || info.isBlockDevice() ? "a device" : info.isSocket() ? "a socket" : "not a regular file";
  return new KubeInjectError("io", `cannot read: ${what}; give a regular file, or pipe it to -f -`, { file: path });
}
function ioError(path, e) {
  const code = e?.code;
  const reason = code === "ENOENT" ? "no such file or directory" : code === "EACCES" ? "permission denied" : e?.message ?? String(e);
  return new KubeInjectError("io", `cannot read: ${reason}`, { file: path }, { cause: e });
}

export {
  statAsync,
  realpathAsync,
  renameAsync,
  unlinkAsync,
  writeFileAsync,
  MANIFEST_EXTENSIONS,
  MAX_INPUT_BYTES,
  readInputs,
  readTextFile,
  makeSource,
  decodeUtf8
};
