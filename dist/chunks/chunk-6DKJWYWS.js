import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  realpathAsync,
  renameAsync,
  statAsync,
  unlinkAsync,
  writeFileAsync
} from "./chunk-QLM7QKL3.js";
import {
  chmodSync,
  chownSync,
  init_node_fs,
  unlinkSync
} from "./chunk-R56FJPZO.js";
import {
  randomBytes
} from "./chunk-M2RPVSAC.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";

// src/cli/write-output.ts
init_node_fs();
import { basename, dirname, join } from "node:path";
var pending = /* @__PURE__ */ new Set();
async function writeFileAtomic(path, text) {
  let target = path;
  let existing;
  try {
    target = await realpathAsync(path);
    existing = await statAsync(target);
  } catch {
    existing = void 0;
  }
  try {
    if (existing && (!existing.isFile() || existing.nlink > 1)) {
      if (existing.isDirectory()) throw new Error("it is a directory");
      await writeFileAsync(target, text, "utf8");
      return;
    }
    const tmp = join(dirname(target), `.kube-inject-tmp-${basename(target)}-${randomBytes(4).toString("hex")}`);
    pending.add(tmp);
    try {
      await writeFileAsync(tmp, text, { encoding: "utf8", flag: "wx", mode: existing ? existing.mode & 4095 : 438 });
      if (existing) {
        chmodSync(tmp, existing.mode & 4095);
        try {
          chownSync(tmp, existing.uid, existing.gid);
        } catch {
        }
      }
      await renameAsync(tmp, target);
    } catch (e) {
      await unlinkAsync(tmp).catch(() => void 0);
      throw e;
    } finally {
      pending.delete(tmp);
    }
  } catch (e) {
    throw new KubeInjectError("io", `cannot write output: ${e.message}`, { file: path }, { cause: e });
  }
}
function removePendingOutput() {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
    }
  }
  pending.clear();
}

export {
  writeFileAtomic,
  removePendingOutput
};
