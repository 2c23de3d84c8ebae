import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  __esm,
  __export
} from "./chunk-GKZETWE4.js";

// start-up-light:node:fs
var node_fs_exports = {};
__export(node_fs_exports, {
  chmodSync: () => chmodSync,
  chownSync: () => chownSync,
  close: () => close,
  existsSync: () => existsSync,
  open: () => open,
  read: () => read,
  readFileSync: () => readFileSync,
  readdir: () => readdir,
  realpath: () => realpath,
  rename: () => rename,
  stat: () => stat,
  unlink: () => unlink,
  unlinkSync: () => unlinkSync,
  unwatchFile: () => unwatchFile,
  watchFile: () => watchFile,
  writeFile: () => writeFile
});
import { createRequire } from "node:module";
var fs, chmodSync, chownSync, close, existsSync, open, read, readFileSync, readdir, realpath, rename, stat, unlink, unlinkSync, unwatchFile, watchFile, writeFile;
var init_node_fs = __esm({
  "start-up-light:node:fs"() {
    fs = createRequire(import.meta.url)("node:fs");
    chmodSync = fs.chmodSync;
    chownSync = fs.chownSync;
    close = fs.close;
    existsSync = fs.existsSync;
    open = fs.open;
    read = fs.read;
    readFileSync = fs.readFileSync;
    readdir = fs.readdir;
    realpath = fs.realpath;
    rename = fs.rename;
    stat = fs.stat;
    unlink = fs.unlink;
    unlinkSync = fs.unlinkSync;
    unwatchFile = fs.unwatchFile;
    watchFile = fs.watchFile;
    writeFile = fs.writeFile;
  }
});

export {
  chmodSync,
  chownSync,
  close,
  existsSync,
  open,
  read,
  readFileSync,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  unlinkSync,
  unwatchFile,
  watchFile,
  writeFile,
  node_fs_exports,
  init_node_fs
};
