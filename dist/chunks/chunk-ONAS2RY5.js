import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DUMP_SCHEMA,
  dump
} from "./chunk-DY3IP3X6.js";

// src/emit/fast-yaml.ts
var INDENT = 2;
var STR_TAG = "tag:yaml.org,2002:str";
var SIMPLE = /^[A-Za-z0-9_/][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*$/;
var CACHE_LIMIT = 8192;
var Unsupported = class extends Error {
};
function unsupported() {
  throw new Unsupported();
}
function hasPlainPrototype(v) {
  const p = Object.getPrototypeOf(v);
  return p === null || p === Object.prototype;
}
var valueCache = /* @__PURE__ */ new Map();
var keyCache = /* @__PURE__ */ new Map();
var blockCache = /* @__PURE__ */ new Map();
function remember(m, k, v) {
  if (m.size >= CACHE_LIMIT) m.clear();
  m.set(k, v);
  return v;
}
function dumpedScalar(value, level) {
  let v = value;
  for (let i = 0; i < level; i++) v = { k: v };
  const out = dump(v, { lineWidth: -1, noRefs: true });
  let prefix = "";
  for (let i = 0; i < level; i++) prefix += `${i === 0 ? "" : "\n"}${" ".repeat(INDENT * i)}k:`;
  if (!out.startsWith(prefix + " ")) unsupported();
  let body = out.slice(prefix.length + 1);
  if (body.endsWith("\n...\n")) body = body.slice(0, -5);
  else if (body.endsWith("\n")) body = body.slice(0, -1);
  else unsupported();
  return body;
}
function simpleText(s) {
  return DUMP_SCHEMA.resolveImplicitScalarTag(s).tag.tagName === STR_TAG ? s : `'${s}'`;
}
function scalarText(value, level) {
  if (typeof value === "string" && value.includes("\n")) {
    const key = `${level}\0${value}`;
    return blockCache.get(key) ?? remember(blockCache, key, dumpedScalar(value, level));
  }
  if (Object.is(value, -0)) return dumpedScalar(value, 1);
  const cached = valueCache.get(value);
  if (cached !== void 0) return cached;
  const text = typeof value === "string" && SIMPLE.test(value) ? simpleText(value) : dumpedScalar(value, 1);
  return remember(valueCache, value, text);
}
function keyText(key) {
  const cached = keyCache.get(key);
  if (cached !== void 0) return cached;
  if (key.length > 1e3 || key.includes("\n")) unsupported();
  let text;
  if (SIMPLE.test(key)) text = simpleText(key);
  else {
    const out = dump({ [key]: null }, { lineWidth: -1, noRefs: true });
    if (!out.endsWith(": null\n") || out.startsWith("?")) unsupported();
    text = out.slice(0, -": null\n".length);
    if (text.includes("\n")) unsupported();
  }
  return remember(keyCache, key, text);
}
var Writer = class {
  constructor(seqNoIndent) {
    this.seqNoIndent = seqNoIndent;
  }
  seqNoIndent;
  /** As js-yaml's presenter tracks it: whether the last scalar written leaves the document open (`...`). */
  openEnded = false;
  /** js-yaml's writeNode for a block context. */
  node(v, level, compact, inBlockSeq) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      const text = scalarText(v, level);
      const c = text.charCodeAt(0);
      this.openEnded = (c === 124 || c === 62) && typeof v === "string" && (v === "\n" || v.endsWith("\n\n"));
      return text;
    }
    if (typeof v !== "object") unsupported();
    if (Array.isArray(v)) {
      if (v.length === 0) {
        this.openEnded = false;
        return "[]";
      }
      return this.seqNoIndent && !inBlockSeq && level > 0 ? this.sequence(v, level - 1, compact) : this.sequence(v, level, compact);
    }
    if (!hasPlainPrototype(v)) unsupported();
    const obj = v;
    const keys = Object.keys(obj).filter((k) => obj[k] !== void 0);
    if (keys.length === 0) {
      this.openEnded = false;
      return "{}";
    }
    return this.mapping(obj, keys, level, compact);
  }
  sequence(items, level, compact) {
    let out = "";
    const pad = `
${" ".repeat(INDENT * level)}`;
    for (let i = 0; i < items.length; i++) {
      const item = this.node(items[i] === void 0 ? null : items[i], level + 1, true, true);
      if (!compact || out !== "") out += pad;
      out += item === "" || item.charCodeAt(0) === 10 ? "-" : "- ";
      out += item;
    }
    return out;
  }
  mapping(obj, keys, level, compact) {
    let out = "";
    const pad = `
${" ".repeat(INDENT * level)}`;
    for (const k of keys) {
      if (!compact || out !== "") out += pad;
      out += keyText(k);
      this.openEnded = false;
      const value = this.node(obj[k], level + 1, false, false);
      out += value === "" || value.charCodeAt(0) === 10 ? ":" : ": ";
      out += value;
    }
    return out;
  }
};
function dumpYamlDetailed(value, seqNoIndent) {
  const collection = value !== null && typeof value === "object" && (Array.isArray(value) ? value.length > 0 : hasPlainPrototype(value) && Object.values(value).some((x) => x !== void 0));
  if (collection) {
    try {
      const w = new Writer(seqNoIndent);
      const body = w.node(value, 0, true, false);
      return { text: `${body}
${w.openEnded ? "...\n" : ""}`, fast: true };
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
    }
  }
  return { text: dump(value, { lineWidth: -1, noRefs: true, seqNoIndent }), fast: false };
}
function dumpYaml(value, seqNoIndent) {
  return dumpYamlDetailed(value, seqNoIndent).text;
}

// src/emit/manifests.ts
function writeStream(docs) {
  return joinDocuments(docs.map((item) => ({ doc: item.doc, text: renderDocument(item) })));
}
function renderDocument(item) {
  return "value" in item ? renderChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
}
function joinDocuments(items) {
  const parts = [];
  let previous = "";
  for (const item of items) {
    let text = item.text;
    if (parts.length > 0) {
      if (!previous.endsWith("\n")) parts.push(item.doc.eol);
      if (!startsWithMarker(text)) text = `---${item.doc.eol}${text}`;
    }
    parts.push(text);
    previous = text;
  }
  const out = parts.join("");
  return out === "" || out.endsWith("\n") ? out : out + "\n";
}
function startsWithMarker(text) {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}
function renderChanged(doc, value) {
  let prefix = doc.source.text.slice(doc.start, doc.contentStart);
  if (prefix !== "" && !prefix.endsWith("\n")) prefix = prefix.replace(/[ \t]+$/, "") + doc.eol;
  const text = doc.source.text.slice(doc.contentStart, doc.end);
  const body = doc.format === "json" ? JSON.stringify(value, null, 2) + "\n" : toYaml(value, { seqNoIndent: sequenceIndent(text) === "zero" });
  return prefix + (doc.eol === "\n" ? body : body.replace(/\n/g, doc.eol));
}
function sequenceIndent(text) {
  let zero = false;
  let keyIndent = -1;
  for (const line of text.split(/\r\n?|\n/)) {
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (keyIndent >= 0 && line.startsWith("- ", indent)) {
      if (indent > keyIndent) return "indented";
      if (indent === keyIndent) zero = true;
    }
    const first = line.charAt(indent);
    keyIndent = first !== "" && !/[\s#-]/.test(first) && /:[ \t]*$/.test(line.slice(indent + 1)) ? indent : -1;
  }
  return zero ? "zero" : "none";
}
function toYaml(value, options = {}) {
  const opts = { lineWidth: -1, noRefs: true, seqNoIndent: options.seqNoIndent ?? false };
  try {
    return dumpYaml(value, opts.seqNoIndent);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    const long = /* @__PURE__ */ new Map();
    const token = (s) => {
      const t = `kube-inject-long-string-${long.size}-${Math.random().toString(36).slice(2)}`;
      long.set(t, quoteDouble(s));
      return t;
    };
    const text = dump(replaceLongStrings(value, token), opts);
    return text.replace(/kube-inject-long-string-\d+-[a-z0-9]+/g, (t) => long.get(t) ?? t);
  }
}
var LONG_STRING = 64 * 1024;
function replaceLongStrings(v, token) {
  if (typeof v === "string") return v.length > LONG_STRING ? token(v) : v;
  if (Array.isArray(v)) return v.map((x) => replaceLongStrings(x, token));
  if (v !== null && typeof v === "object") {
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      Object.defineProperty(out, k.length > LONG_STRING ? token(k) : k, { value: replaceLongStrings(x, token), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}
function quoteDouble(s) {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export {
  writeStream,
  renderDocument,
  joinDocuments,
  toYaml
};
