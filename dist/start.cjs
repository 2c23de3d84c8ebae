"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cli/start.ts
var start_exports = {};
__export(start_exports, {
  SAVE_WITHIN_MS: () => SAVE_WITHIN_MS,
  start: () => start
});
module.exports = __toCommonJS(start_exports);
var import_node_fs2 = require("node:fs");
var import_node_module = require("node:module");
var import_node_path2 = require("node:path");
var import_node_vm = require("node:vm");

// src/cli/code-cache.ts
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CACHE_DIR_VARIABLE = "KUBE_INJECT_CACHE_DIR";
var OFF = /* @__PURE__ */ new Set(["", "0", "off", "false", "no"]);
function cacheDirectory(env, platform) {
  const named = env[CACHE_DIR_VARIABLE];
  if (named !== void 0) return OFF.has(named.trim().toLowerCase()) ? void 0 : named;
  if (platform === "win32") return env.LOCALAPPDATA ? (0, import_node_path.join)(env.LOCALAPPDATA, "kube-inject") : void 0;
  if (env.XDG_CACHE_HOME) return (0, import_node_path.join)(env.XDG_CACHE_HOME, "kube-inject");
  return env.HOME ? (0, import_node_path.join)(env.HOME, ".cache", "kube-inject") : void 0;
}
function cacheGroup(argv) {
  if (argv.some((a) => a === "-V" || a === "--version" || a === "-h" || a === "--help")) return "meta";
  const command = argv.find((a) => !a.startsWith("-"));
  return command !== void 0 && CACHE_COMMANDS.has(command) ? command : "inject";
}
var CACHE_COMMANDS = /* @__PURE__ */ new Set(["inject", "lint", "uninject", "iptables", "explain", "serve", "webhook-manifests", "help"]);
function cacheFileName(bundle, group, node) {
  const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, "_");
  const options = node.options.length === 0 ? "" : `-o${fnv1a(node.options.join("\0"))}`;
  return `${safe(group)}-${safe(bundle.buildHash)}-${bundle.size}-${Math.trunc(bundle.mtimeMs)}-node${safe(node.version)}-${safe(node.arch)}${options}.v8cache`;
}
function fnv1a(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
function trustedDirectory(dir, uid) {
  try {
    const st = (0, import_node_fs.statSync)(dir);
    if (!st.isDirectory()) return false;
    if (uid === void 0) return true;
    return st.uid === uid && (st.mode & 18) === 0;
  } catch {
    return false;
  }
}
function openCodeCache(dir, name, uid) {
  if (dir === void 0) return void 0;
  let trusted = trustedDirectory(dir, uid);
  const path = (0, import_node_path.join)(dir, name);
  let data;
  if (trusted) {
    try {
      data = (0, import_node_fs.readFileSync)(path);
    } catch {
      data = void 0;
    }
  }
  return {
    data,
    save(code) {
      try {
        if (!trusted) {
          (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
          trusted = trustedDirectory(dir, uid);
          if (!trusted) return;
        }
        const tmp = `${path}.${process.pid}.tmp`;
        try {
          (0, import_node_fs.writeFileSync)(tmp, code, { mode: 384 });
          (0, import_node_fs.renameSync)(tmp, path);
          pruneCodeCache(dir, MAX_CACHE_FILES);
        } catch {
          try {
            (0, import_node_fs.unlinkSync)(tmp);
          } catch {
          }
        }
      } catch {
      }
    }
  };
}
var MAX_CACHE_FILES = 24;
function pruneCodeCache(dir, keep) {
  const files = (0, import_node_fs.readdirSync)(dir).filter((n) => n.endsWith(".v8cache")).map((name) => ({ name, mtimeMs: (0, import_node_fs.statSync)((0, import_node_path.join)(dir, name)).mtimeMs })).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const f of files.slice(keep)) (0, import_node_fs.unlinkSync)((0, import_node_path.join)(dir, f.name));
}

// src/cli/start.ts
var WORK_GROUPS = /* @__PURE__ */ new Set(["inject", "lint"]);
var SAVE_WITHIN_MS = 1e3;
function start(distDir) {
  const file = (0, import_node_path2.join)(distDir, "cjs", "cli.cjs");
  const source = (0, import_node_fs2.readFileSync)(file, "latin1");
  const st = (0, import_node_fs2.statSync)(file);
  const argv = process.argv.slice(2);
  const group = cacheGroup(argv);
  const name = cacheFileName({ buildHash: "6ac37b878c99b935", size: st.size, mtimeMs: st.mtimeMs }, group, {
    version: process.version,
    arch: process.arch,
    options: [...process.execArgv, ...process.env.NODE_OPTIONS ? [process.env.NODE_OPTIONS] : []]
  });
  const cache = openCodeCache(cacheDirectory(process.env, process.platform), name, process.getuid?.());
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}
})`, {
    filename: file,
    cachedData: cache?.data,
    importModuleDynamically: import_node_vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
  });
  if (cache && (cache.data === void 0 || script.cachedDataRejected === true)) {
    process.once("exit", () => {
      if (performance.now() > SAVE_WITHIN_MS) return;
      if (WORK_GROUPS.has(group) && module2.exports.wasExercised?.() !== true) return;
      if (module2.exports.compilerTuned?.() === true) return;
      try {
        cache.save(script.createCachedData());
      } catch {
      }
    });
  }
  const module2 = { exports: {} };
  script.runInThisContext().call(module2.exports, module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path2.dirname)(file));
  void module2.exports.run();
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SAVE_WITHIN_MS,
  start
});
