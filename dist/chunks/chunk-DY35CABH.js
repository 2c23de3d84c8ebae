import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  CHOMPING_MODE,
  COLLECTION_STYLE,
  DUMP_SCHEMA,
  EVENT_ID,
  FrozenMemo,
  KUBE_SCHEMA,
  LIMITS,
  SCALAR_STYLE,
  YAMLException,
  canStartPlain,
  code,
  dump,
  getScalarValue,
  isFlowIndicator,
  isFrozenObject,
  isMap,
  isSpaceOrEnd,
  parseEvents,
  setOwn,
  skipSpaces
} from "./chunk-XPP6S6Y2.js";

// src/emit/text-edit/not-editable.ts
var NotEditable = class extends Error {
};

// src/emit/text-edit/edits.ts
function applyEdits(text, edits) {
  const order = edits.map((_, i) => i);
  order.sort((x, y) => {
    const a = edits[x];
    const b = edits[y];
    return a.start - b.start || Number(a.end > a.start) - Number(b.end > b.start) || x - y;
  });
  let out = "";
  let at = 0;
  for (const i of order) {
    const e = edits[i];
    if (e.start < at) throw new NotEditable("overlapping edits");
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

// src/emit/text-edit/lines.ts
function lineStart(text, p) {
  return p <= 0 ? 0 : text.lastIndexOf("\n", p - 1) + 1;
}
function column(text, p) {
  return p - lineStart(text, p);
}
function firstOnLine(text, p) {
  for (let q = lineStart(text, p); q < p; q++) if (text.charCodeAt(q) !== 32) return false;
  return true;
}
function sameLine(text, a, b) {
  return lineStart(text, a) === lineStart(text, b);
}
function nextLineStart(text, p) {
  if (p > 0 && text.charCodeAt(p - 1) === 10) return p;
  const i = text.indexOf("\n", p);
  return i < 0 ? text.length : i + 1;
}
function lineEnd(text, p) {
  const i = text.indexOf("\n", p);
  if (i < 0) return text.length;
  return i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
}
function pad(n) {
  return n > 0 ? " ".repeat(n) : "";
}

// src/emit/text-edit/list-style.ts
function zeroIndentedLists(text, root) {
  let zero = false;
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n.kind === "sequence") {
      for (const item of n.items) if (item.kind === "mapping" || item.kind === "sequence") stack.push(item);
      continue;
    }
    if (n.kind !== "mapping" || n.flow) continue;
    for (const e of n.entries) {
      const v = e.value;
      if (v.kind === "mapping") stack.push(v);
      if (v.kind !== "sequence" || v.flow) continue;
      stack.push(v);
      if (!firstOnLine(text, e.keyStart) || sameLine(text, e.keyStart, v.open)) continue;
      const key = column(text, e.keyStart);
      const dash = column(text, v.open);
      if (dash > key) return false;
      if (dash === key) zero = true;
    }
  }
  return zero;
}

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
var ASCII_LINE = /^[!-~](?:[ -~]*[!-~])?$/;
var INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
function asciiLineText(s) {
  const first = s.charCodeAt(0);
  const plainFirst = !INDICATOR.test(s) || (first === 45 || first === 63 || first === 58) && s.length > 1 && s.charCodeAt(1) !== 32;
  const plain = plainFirst && !s.includes(": ") && !s.includes(" #") && !s.endsWith(":") && s !== "=" && DUMP_SCHEMA.resolveImplicitScalarTag(s).tag.tagName === STR_TAG;
  return plain ? s : `'${s.replace(/'/g, "''")}'`;
}
var LITERAL_SAFE = /^[!-~][ -~]*(?:\n[ -~]*)*$/;
function blockText(value, level) {
  const clip = value.endsWith("\n");
  if (clip && value.endsWith("\n\n")) return dumpedScalar(value, level);
  const body = clip ? value.slice(0, -1) : value;
  if (!LITERAL_SAFE.test(body)) return dumpedScalar(value, level);
  const pad2 = " ".repeat(INDENT * level);
  let out = clip ? "|" : "|-";
  for (const line of body.split("\n")) out += line === "" ? "\n" : `
${pad2}${line}`;
  return out;
}
function scalarText(value, level) {
  if (typeof value === "string" && value.includes("\n")) {
    const key = `${level}\0${value}`;
    return blockCache.get(key) ?? remember(blockCache, key, blockText(value, level));
  }
  if (value === null || typeof value === "boolean" || Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
  if (Object.is(value, -0)) return dumpedScalar(value, 1);
  const cached = valueCache.get(value);
  if (cached !== void 0) return cached;
  const text = typeof value === "string" && ASCII_LINE.test(value) ? asciiLineText(value) : dumpedScalar(value, 1);
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
var written = new FrozenMemo();
var Writer = class {
  /** `base`: spaces before every line after the first (text placed at that column); 0 for js-yaml's own text. */
  constructor(seqNoIndent, base = 0) {
    this.seqNoIndent = seqNoIndent;
    this.base = base;
  }
  seqNoIndent;
  base;
  /** As js-yaml's presenter tracks it: whether the last scalar written leaves the document open (`...`). */
  openEnded = false;
  /** Line breaks and the indentation after them, per level. */
  pads = [];
  pad(level) {
    return this.pads[level] ??= `
${" ".repeat(this.base + INDENT * level)}`;
  }
  /**
   * js-yaml's writeNode for a block context. A frozen collection (a template's output, shared
   * between pods) is written once per place it is written at.
   */
  node(v, level, compact, inBlockSeq) {
    if (!isFrozenObject(v) || level >= 1024) return this.fresh(v, level, compact, inBlockSeq);
    const variant = (((this.base * 1024 + level) * 2 + (this.seqNoIndent ? 1 : 0)) * 2 + (compact ? 1 : 0)) * 2 + (inBlockSeq ? 1 : 0);
    const known = written.get(v, variant);
    if (known !== void 0) {
      this.openEnded = known.openEnded;
      return known.text;
    }
    const text = this.fresh(v, level, compact, inBlockSeq);
    written.set(v, variant, { text, openEnded: this.openEnded });
    return text;
  }
  fresh(v, level, compact, inBlockSeq) {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      let text = scalarText(v, level);
      if (this.base > 0 && text.includes("\n")) text = text.replace(/\n(?=[^\n])/g, this.pad(0));
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
    const pad2 = this.pad(level);
    for (let i = 0; i < items.length; i++) {
      const item = this.node(items[i] === void 0 ? null : items[i], level + 1, true, true);
      if (!compact || out !== "") out += pad2;
      out += item === "" || item.charCodeAt(0) === 10 ? "-" : "- ";
      out += item;
    }
    return out;
  }
  mapping(obj, keys, level, compact) {
    let out = "";
    const pad2 = this.pad(level);
    for (const k of keys) {
      if (!compact || out !== "") out += pad2;
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
  const collection2 = value !== null && typeof value === "object" && (Array.isArray(value) ? value.length > 0 : hasPlainPrototype(value) && Object.values(value).some((x) => x !== void 0));
  if (collection2) {
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
function dumpYamlAt(value, seqNoIndent, base) {
  try {
    const w = new Writer(seqNoIndent, base);
    return { text: w.node(value, 0, true, false), openEnded: w.openEnded };
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return null;
  }
}

// src/emit/yaml-text.ts
function reserialise(doc, value) {
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

// src/emit/text-edit/align.ts
var LCS_LIMIT = 4e4;
function alignItems(before2, after, same) {
  const n = before2.length;
  const m = after.length;
  let head = 0;
  while (head < n && head < m && same(before2[head], after[head])) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && same(before2[n - 1 - tail], after[m - 1 - tail])) tail++;
  const matches = [];
  for (let i2 = 0; i2 < head; i2++) matches.push([i2, i2]);
  matches.push(...middle(before2, after, head, n - tail, head, m - tail, same));
  for (let i2 = tail; i2 > 0; i2--) matches.push([n - i2, m - i2]);
  const steps = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [n, m]]) {
    while (i < mi && j < mj) steps.push({ kind: "pair", old: i++, new: j++ });
    while (i < mi) steps.push({ kind: "remove", old: i++ });
    while (j < mj) steps.push({ kind: "insert", new: j++ });
    if (mi < n) steps.push({ kind: "pair", old: i++, new: j++ });
  }
  return steps;
}
function middle(before2, after, a, b, c, d, same) {
  const rows = b - a;
  const cols = d - c;
  if (rows === 0 || cols === 0 || rows * cols > LCS_LIMIT) return [];
  const len = Array.from({ length: rows + 1 }, () => new Int32Array(cols + 1));
  for (let i2 = rows - 1; i2 >= 0; i2--) {
    for (let j2 = cols - 1; j2 >= 0; j2--) {
      len[i2][j2] = same(before2[a + i2], after[c + j2]) ? len[i2 + 1][j2 + 1] + 1 : Math.max(len[i2 + 1][j2], len[i2][j2 + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (same(before2[a + i], after[c + j]) && len[i][j] === len[i + 1][j + 1] + 1) {
      out.push([a + i, c + j]);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return out;
}

// src/emit/text-edit/block-scalar-guard.ts
var HEADER = /(?:^|[ :-])[|>][-+1-9]{0,2}$/;
function trailingBlockScalar(text, firstIndent) {
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i].replace(/\r$/, "");
    if (!HEADER.test(line)) continue;
    const indent = i === 0 ? firstIndent : line.search(/\S/);
    return lines.slice(i + 1).every((l) => l.trim() === "" || l.search(/\S/) > indent) && i < lines.length - 1 ? indent : -1;
  }
  return -1;
}
function checkFollowingComment(text, at, indent) {
  let p = at;
  while (p < text.length) {
    const eol = text.indexOf("\n", p);
    const line = text.slice(p, eol < 0 ? text.length : eol).replace(/\r$/, "");
    const col = line.search(/\S/);
    if (col >= 0) {
      if (line[col] === "#" && col > indent) throw new NotEditable("a comment line that a block scalar would take in");
      return;
    }
    if (eol < 0) return;
    p = eol + 1;
  }
}

// src/emit/text-edit/equal.ts
function sameValue(a, b) {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i] === void 0 ? null : b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainMapping(a) || !isPlainMapping(b)) return false;
  const ka = Object.keys(a);
  const kb = writtenKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i] || !sameValue(a[k], b[k])) return false;
  }
  return true;
}
function isPlainMapping(v) {
  if (!isMap(v)) return false;
  const p = Object.getPrototypeOf(v);
  return p === null || p === Object.prototype;
}
function writtenKeys(o) {
  const keys = Object.keys(o);
  for (const k of keys) if (o[k] === void 0) return keys.filter((x) => o[x] !== void 0);
  return keys;
}
function isScalar(v) {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

// src/emit/text-edit/render.ts
var FLOW = { flowLevel: 0, lineWidth: -1, noRefs: true };
function pick(keys, from) {
  const out = {};
  for (const k of keys) setOwn(out, k, from[k]);
  return out;
}
function yaml(value, style) {
  const text = toYaml(value, { seqNoIndent: style.seqNoIndent });
  if (text.endsWith("\n...\n")) throw new NotEditable("a value that ends in a kept block scalar");
  return text.slice(0, -1);
}
function indentRest(text, col) {
  if (col === 0) return text;
  return text.includes("\n\n") ? text.replace(/\n(?=[^\n])/g, `
${pad(col)}`) : text.replaceAll("\n", `
${pad(col)}`);
}
function yamlAt(value, col, style) {
  const fast = dumpYamlAt(value, style.seqNoIndent, col);
  if (fast === null) return indentRest(yaml(value, style), col);
  if (fast.openEnded) throw new NotEditable("a value that ends in a kept block scalar");
  return fast.text;
}
function lineBreaks(text, style) {
  return style.eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}
function blockLines(value, col, style) {
  return lineBreaks(pad(col) + yamlAt(value, col, style) + "\n", style);
}
function blockAt(value, col, style) {
  return lineBreaks(yamlAt(value, col, style), style);
}
function afterColon(value, col, style) {
  return lineBreaks(yamlAt(pick(["k"], { k: value }), col, style).slice(2), style);
}
function afterDash(value, col, style) {
  return lineBreaks(yamlAt([value], col, style).slice(1), style);
}
function flowValue(value, col, style) {
  if (style.json) return col === null ? JSON.stringify(value) : lineBreaks(indentRest(JSON.stringify(value, null, 2), col), style);
  const text = dump([value], FLOW);
  if (!text.startsWith("[") || !text.endsWith("]\n")) throw new NotEditable("a value with no flow form");
  return text.slice(1, -2);
}
function flowKey(key, style) {
  if (style.json) return JSON.stringify(key);
  const text = dump(pick([key], { [key]: null }), FLOW);
  if (!text.startsWith("{") || !text.endsWith(": null}\n")) throw new NotEditable("a key with no flow form");
  return text.slice(1, -": null}\n".length);
}

// src/emit/text-edit/block-layout.ts
function linesAfter(text, p, lines, style, value) {
  const at = nextLineStart(text, p);
  guard(text, at, lines, 0, value);
  if (at === text.length && at > 0 && text.charCodeAt(at - 1) !== 10) return { start: at, end: at, text: style.eol + lines.slice(0, -style.eol.length) };
  return { start: at, end: at, text: lines };
}
function before(text, p, value, col, style) {
  if (firstOnLine(text, p)) {
    const at = lineStart(text, p);
    const lines = blockLines(value, col, style);
    guard(text, at, lines, 0, value);
    return { start: at, end: at, text: lines };
  }
  return { start: p, end: p, text: blockAt(value, col, style) + style.eol + pad(col) };
}
function insertEntries(text, map, anchor, value, style) {
  const col = column(text, map.open);
  if (anchor) return linesAfter(text, anchor.value.end, blockLines(value, col, style), style, value);
  return before(text, map.entries[0].keyStart, value, col, style);
}
function removeEntry(text, entry) {
  if (!firstOnLine(text, entry.keyStart)) return null;
  return { start: lineStart(text, entry.keyStart), end: nextLineStart(text, entry.value.end), text: "" };
}
function dashOf(text, item) {
  let p = item.start - 1;
  for (let c = text.charCodeAt(p); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(--p)) ;
  return p >= 0 && text.charCodeAt(p) === 45 ? p : -1;
}
function insertItems(text, seq, anchor, items, style) {
  const col = column(text, seq.open);
  if (anchor) return linesAfter(text, anchor.end, blockLines(items, col, style), style, items);
  const dash = dashOf(text, seq.items[0]);
  if (dash < 0) throw new NotEditable("a sequence item whose dash is unclear");
  return before(text, dash, items, col, style);
}
function removeItem(text, item) {
  const dash = dashOf(text, item);
  if (dash < 0 || !firstOnLine(text, dash)) return null;
  return { start: lineStart(text, dash), end: nextLineStart(text, item.end), text: "" };
}
function replaceValue(text, node3, after, place, style) {
  if (place.kind === "entry") {
    if (place.entry.colon < 0) throw new NotEditable("a key whose ':' is not on its line");
    return inline(text, node3, place.entry.colon, afterColon(after, place.col, style), place.col, style, after);
  }
  const dash = dashOf(text, node3);
  if (dash < 0) throw new NotEditable("a sequence item whose dash is unclear");
  return inline(text, node3, dash + 1, afterDash(after, place.col, style), place.col, style, after);
}
function inline(text, node3, indicatorEnd, value, col, style, written2) {
  const eol = node3.end > 0 && text.charCodeAt(node3.end - 1) === 10 ? style.eol : "";
  if (value.startsWith(" ") && !value.includes("\n") && node3.start > indicatorEnd && sameLine(text, indicatorEnd, node3.start)) {
    return { start: node3.start, end: node3.end, text: value.slice(1) + eol };
  }
  const rest = text.slice(node3.end, lineEnd(text, node3.end));
  if (value.includes("\n") && rest.trimStart().startsWith("#")) {
    const edit = { start: indicatorEnd, end: node3.end + rest.length, text: `${value}${style.eol}${pad(col)}${rest.trimStart()}` };
    return edit;
  }
  guard(text, node3.end, value, col, written2);
  return { start: indicatorEnd, end: node3.end, text: value + eol };
}
function guard(text, at, inserted, firstIndent, value) {
  const last = lastScalar(value);
  if (typeof last !== "string" || !last.includes("\n")) return;
  const indent = trailingBlockScalar(inserted, firstIndent);
  if (indent >= 0) checkFollowingComment(text, at, indent);
}
function lastScalar(v) {
  for (; ; ) {
    if (Array.isArray(v)) {
      if (v.length === 0) return v;
      v = v[v.length - 1] ?? null;
    } else if (isPlainMapping(v)) {
      const keys = writtenKeys(v);
      if (keys.length === 0) return v;
      v = v[keys[keys.length - 1]];
    } else return v;
  }
}

// src/emit/text-edit/flow-layout.ts
function flowColumn(text, node3) {
  const first = node3.kind === "mapping" ? node3.entries[0]?.keyStart : node3.items[0]?.start;
  if (first === void 0 || sameLine(text, node3.open, first)) return null;
  return column(text, first);
}
function separator(col, style) {
  return col === null ? ", " : `,${style.eol}${pad(col)}`;
}
function insert(text, node3, spans, anchor, parts, style) {
  const sep = separator(flowColumn(text, node3), style);
  if (spans.length === 0) return { start: node3.open + 1, end: node3.open + 1, text: parts.join(", ") };
  if (anchor < 0) return { start: spans[0][0], end: spans[0][0], text: parts.join(sep) + sep };
  const at = spans[anchor][1];
  return { start: at, end: at, text: sep + parts.join(sep) };
}
function entrySpans(map) {
  return map.entries.map((e) => [e.keyStart, e.value.end]);
}
function itemSpans(seq) {
  return seq.items.map((i) => [i.start, i.end]);
}
function insertFlowEntries(text, map, anchor, keys, from, style) {
  const col = flowColumn(text, map);
  const parts = keys.map((k) => `${flowKey(k, style)}: ${flowValue(from[k], col, style)}`);
  return insert(text, map, entrySpans(map), anchor, parts, style);
}
function insertFlowItems(text, seq, anchor, items, style) {
  const col = flowColumn(text, seq);
  return insert(text, seq, itemSpans(seq), anchor, items.map((v) => flowValue(v, col, style)), style);
}
function removeFlowChildren(spans, removed) {
  const edits = [];
  for (let i = 0; i < spans.length; i++) {
    if (!removed.has(i)) continue;
    let j = i;
    while (removed.has(j + 1)) j++;
    if (j + 1 < spans.length) edits.push({ start: spans[i][0], end: spans[j + 1][0], text: "" });
    else if (i > 0) edits.push({ start: spans[i - 1][1], end: spans[j][1], text: "" });
    else edits.push({ start: spans[i][0], end: spans[j][1], text: "" });
    i = j;
  }
  return edits;
}
function replaceFlowValue(node3, after, col, style) {
  return { start: node3.start, end: node3.end, text: flowValue(after, col, style) };
}

// src/emit/text-edit/plan.ts
var Planner = class {
  constructor(text, tree, style) {
    this.text = text;
    this.tree = tree;
    this.style = style;
  }
  text;
  tree;
  style;
  edits = [];
  /** Nodes replaced whole because they could not be edited inside, with why. */
  fallbacks = [];
  document(before2, after) {
    this.node(this.tree.root, before2, after, { kind: "root" });
  }
  node(node3, before2, after, place) {
    if (before2 === after) return;
    if (node3.anchor !== null && this.tree.aliased.has(node3.anchor)) {
      if (sameValue(before2, after)) return;
      throw new NotEditable("a change inside an anchor that an alias shares");
    }
    if (node3.opaque !== null) {
      if (sameValue(before2, after)) return;
      this.fallback(node3, after, place, node3.opaque);
      return;
    }
    if (node3.kind === "mapping" && isPlainMapping(before2) && isPlainMapping(after)) return this.mapping(node3, before2, after, place);
    if (node3.kind === "sequence" && Array.isArray(before2) && Array.isArray(after)) return this.sequence(node3, before2, after, place);
    if (isScalar(before2) && isScalar(after)) {
      if (!Object.is(before2, after)) this.scalar(node3, after, place);
      return;
    }
    if (!sameValue(before2, after)) this.replace(node3, after, place);
  }
  fallback(node3, after, place, why) {
    this.fallbacks.push(why);
    this.replace(node3, after, place);
  }
  childPlace(parent, entry) {
    if (parent.flow) return { kind: "flow", col: flowColumn(this.text, parent) };
    const col = column(this.text, parent.open);
    return entry ? { kind: "entry", entry, col } : { kind: "item", col };
  }
  /** An empty flow collection outside a flow collection (`annotations: {}`) becomes a block one: it is replaced. */
  growsFromEmpty(node3, place) {
    return (node3.kind === "mapping" ? node3.entries.length : node3.items.length) === 0 && (place.kind !== "flow" || this.style.json);
  }
  mapping(node3, before2, after, place) {
    const entries = node3.entries;
    const n = entries.length;
    const beforeKeys = Object.keys(before2);
    if (beforeKeys.length !== n) return this.fallback(node3, after, place, "keys that differ from the parsed value");
    let aligned = true;
    for (let i = 0; i < n && aligned; i++) aligned = entries[i].key === beforeKeys[i];
    let order = null;
    let byKey = null;
    if (!aligned) {
      order = new Map(beforeKeys.map((k, i) => [k, i]));
      byKey = new Map(entries.map((e, i) => [e.key, i]));
      if (entries.some((e) => !order.has(e.key))) return this.fallback(node3, after, place, "keys that differ from the parsed value");
    }
    if (this.growsFromEmpty(node3, place)) return this.replace(node3, after, place);
    let groups = null;
    let anchor = -1;
    let lastOrder = -1;
    let keptCount = 0;
    let cursor = 0;
    for (const k of writtenKeys(after)) {
      let at;
      if (order) at = order.get(k);
      else {
        for (let j = 0; j < n; j++) {
          const c = (cursor + j) % n;
          if (entries[c].key === k) {
            at = c;
            cursor = c + 1;
            break;
          }
        }
      }
      if (at === void 0) {
        const g = (groups ??= /* @__PURE__ */ new Map()).get(anchor);
        if (g) g.push(k);
        else groups.set(anchor, [k]);
        continue;
      }
      if (at < lastOrder) return this.fallback(node3, after, place, "keys reordered");
      lastOrder = at;
      anchor = byKey ? byKey.get(k) : at;
      keptCount++;
    }
    if (keptCount === 0) return this.replace(node3, after, place);
    const kept = (k) => Object.hasOwn(after, k) && after[k] !== void 0;
    let blockRemovals = null;
    let flowRemovals = null;
    if (keptCount < n) {
      for (let i = 0; i < n; i++) {
        if (kept(entries[i].key)) continue;
        if (node3.flow) (flowRemovals ??= /* @__PURE__ */ new Set()).add(i);
        else {
          const r = removeEntry(this.text, entries[i]);
          if (r === null) return this.fallback(node3, after, place, "a removed key that shares its line");
          (blockRemovals ??= []).push(r);
        }
      }
    }
    const insert2 = (at, keys) => {
      if (node3.flow) this.push(insertFlowEntries(this.text, node3, at, keys, after, this.style));
      else this.push(insertEntries(this.text, node3, at < 0 ? null : entries[at], pick(keys, after), this.style));
    };
    const first = groups?.get(-1);
    if (first) insert2(-1, first);
    if (flowRemovals) for (const r of removeFlowChildren(entrySpans(node3), flowRemovals)) this.push(r);
    if (blockRemovals) for (const r of blockRemovals) this.push(r);
    const flowPlace = node3.flow ? this.childPlace(node3) : null;
    const col = node3.flow ? 0 : column(this.text, node3.open);
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      if (!kept(e.key)) continue;
      const a = after[e.key];
      const b = before2[e.key];
      if (a !== b) this.node(e.value, b, a, flowPlace ?? { kind: "entry", entry: e, col });
      const keys = groups?.get(i);
      if (keys) insert2(i, keys);
    }
  }
  sequence(node3, before2, after, place) {
    const items = node3.items;
    if (items.length !== before2.length) return this.fallback(node3, after, place, "items that differ from the parsed value");
    if (after.length === 0 || this.growsFromEmpty(node3, place)) return this.replace(node3, after, place);
    const steps = alignItems(before2, after, sameItem);
    const removed = steps.flatMap((s) => s.kind === "remove" ? [s.old] : []);
    const blockRemovals = node3.flow ? [] : removed.map((i) => removeItem(this.text, items[i]));
    if (blockRemovals.some((r) => r === null)) return this.fallback(node3, after, place, "a removed item that shares its line");
    const groups = /* @__PURE__ */ new Map();
    let anchor = -1;
    for (const s of steps) {
      if (s.kind === "insert") groups.set(anchor, [...groups.get(anchor) ?? [], after[s.new]]);
      else if (s.kind === "pair") anchor = s.old;
    }
    const insert2 = (at, values) => {
      if (node3.flow) this.push(insertFlowItems(this.text, node3, at, values, this.style));
      else this.push(insertItems(this.text, node3, at < 0 ? null : items[at], values, this.style));
    };
    const first = groups.get(-1);
    if (first) insert2(-1, first);
    if (node3.flow) for (const r of removeFlowChildren(itemSpans(node3), new Set(removed))) this.push(r);
    else for (const r of blockRemovals) this.push(r);
    const childPlace = this.childPlace(node3);
    for (const s of steps) {
      if (s.kind !== "pair") continue;
      this.node(items[s.old], before2[s.old], after[s.new], childPlace);
      const values = groups.get(s.old);
      if (values) insert2(s.old, values);
    }
  }
  /** A changed scalar, in its own quoting when the new value allows it. */
  scalar(node3, after, place) {
    if (typeof after === "string" && node3.kind === "scalar") {
      if (node3.scalarStyle === SCALAR_STYLE.DOUBLE_QUOTED) {
        this.push({ start: node3.start, end: node3.end, text: this.style.json ? JSON.stringify(after) : quoteDouble(after) });
        return;
      }
      if (node3.scalarStyle === SCALAR_STYLE.SINGLE_QUOTED && SINGLE_QUOTABLE.test(after)) {
        this.push({ start: node3.start, end: node3.end, text: `'${after.replaceAll("'", "''")}'` });
        return;
      }
    }
    this.replace(node3, after, place);
  }
  /** An edit, unless it would take out an anchor that an alias elsewhere refers to. */
  push(edit) {
    for (const at of this.tree.sharedAnchors) {
      if (at >= edit.start && at < edit.end) throw new NotEditable("an edit takes out an anchor that an alias shares");
    }
    this.edits.push(edit);
  }
  /** A node replaced whole by the new value, written in the style of its place. */
  replace(node3, after, place) {
    if (place.kind === "root") throw new NotEditable("the document is replaced whole");
    this.push(place.kind === "flow" ? replaceFlowValue(node3, after, place.col, this.style) : replaceValue(this.text, node3, after, place, this.style));
  }
};
var SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;
function sameItem(a, b) {
  if (a === b) return true;
  if (isPlainMapping(a) && isPlainMapping(b) && typeof a["name"] === "string") return a["name"] === b["name"];
  return sameValue(a, b);
}

// src/emit/text-edit/source-tree.ts
var MERGE_TAG = "tag:yaml.org,2002:merge";
function readSourceTree(text) {
  const events = parseEvents(text, { maxDepth: LIMITS.maxDepth });
  const stack = [];
  const aliased = /* @__PURE__ */ new Set();
  const anchors = [];
  let root = null;
  let documents = 0;
  const attach = (node3) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root) throw new NotEditable("more than one root node");
      root = node3;
      return;
    }
    const parent = top.node;
    if (parent.kind === "sequence") {
      if (node3.start < 0) throw new NotEditable("an empty sequence item");
      parent.items.push(node3);
      return;
    }
    if (top.key === null) {
      parent.opaque = "complex key";
      top.key = { key: `\0${parent.entries.length}`, keyStart: node3.start, colon: -1 };
      return;
    }
    if (node3.start < 0) {
      if (top.key.colon < 0 || parent.flow) throw new NotEditable("an empty value whose place is unclear");
      node3.start = node3.open = node3.end = top.key.colon;
    }
    parent.entries.push({ ...top.key, value: node3 });
    top.key = null;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new NotEditable("more than one document");
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node3 = collection(e, text);
        if (node3.anchor !== null) anchors.push({ name: node3.anchor, at: node3.start });
        attach(node3);
        stack.push({ node: node3, key: null });
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame) finish(frame.node, text);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        aliased.add(name);
        attach(node("alias", e.anchorStart - 1, e.anchorStart - 1, e.anchorEnd, false, 0, null, "alias"));
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        if (top && top.node.kind === "mapping" && top.key === null && isSimpleKey(e)) {
          const s2 = scalar(e, text);
          top.key = { key: keyString(e, text, top.node), keyStart: s2.start, colon: colonAfter(text, s2.end) };
          break;
        }
        const s = scalar(e, text);
        if (s.anchor !== null) anchors.push({ name: s.anchor, at: s.start });
        attach(s);
        break;
      }
    }
  }
  if (!root) throw new NotEditable("no content");
  const found = root;
  if (found.kind !== "mapping" && found.kind !== "sequence") throw new NotEditable("the document is not a collection");
  return { root: found, aliased, sharedAnchors: anchors.filter((a) => aliased.has(a.name)).map((a) => a.at) };
}
function node(kind, start, open, end, flow, scalarStyle, anchor, opaque) {
  const leaf = kind === "scalar" || kind === "alias";
  return { kind, start, open, end, flow, scalarStyle, anchor, entries: leaf ? NO_ENTRIES : [], items: leaf ? NO_ITEMS : [], opaque };
}
var NO_ENTRIES = Object.freeze([]);
var NO_ITEMS = Object.freeze([]);
function firstOf(...offsets) {
  let best = -1;
  for (const o of offsets) if (o >= 0 && (best < 0 || o < best)) best = o;
  return best;
}
function collection(e, text) {
  const anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : null;
  const start = firstOf(e.anchorStart, e.tagStart, e.start);
  const kind = e.type === EVENT_ID.MAPPING ? "mapping" : "sequence";
  return node(kind, start, e.start, -1, e.style === COLLECTION_STYLE.FLOW, 0, anchor, e.tagStart >= 0 ? "tag" : null);
}
function finish(n, text) {
  const children = n.kind === "mapping" ? n.entries.map((x) => x.value) : n.items;
  const last = children[children.length - 1];
  if (!n.flow) {
    if (!last || last.end < 0) throw new NotEditable("a block collection whose end is unclear");
    n.end = last.end;
    return;
  }
  n.end = closingBracket(text, last ? last.end : n.open + 1, n.kind === "mapping" ? 125 : 93);
}
function closingBracket(text, from, close) {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === close) return p + 1;
    if (c === 35) {
      const eol = text.indexOf("\n", p);
      if (eol < 0) break;
      p = eol;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 44) break;
  }
  throw new NotEditable("a flow collection whose end is unclear");
}
function isSimpleKey(e) {
  return e.valueStart >= 0 && e.tagStart < 0 && (e.style === SCALAR_STYLE.PLAIN || e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED);
}
function keyString(e, text, mapping) {
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(text, e);
  const { value, tag } = KUBE_SCHEMA.resolveImplicitScalarTag(text.slice(e.valueStart, e.valueEnd));
  if (tag.tagName === MERGE_TAG) mapping.opaque = "merge key";
  return String(value);
}
function colonAfter(text, p) {
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return text.charCodeAt(p) === 58 ? p + 1 : -1;
}
function scalar(e, text) {
  const anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : null;
  const props = firstOf(e.anchorStart, e.tagStart);
  let open;
  let end;
  if (e.valueStart < 0) {
    open = -1;
    end = Math.max(e.anchorEnd, e.tagEnd);
  } else if (e.style === SCALAR_STYLE.PLAIN) {
    open = e.valueStart;
    end = e.valueEnd;
  } else if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    open = e.valueStart - 1;
    end = e.valueEnd + 1;
  } else {
    [open, end] = blockScalarSpan(e, text);
  }
  const start = props >= 0 ? props : open;
  return node("scalar", start, open < 0 ? start : open, start < 0 ? -1 : end, false, e.style, anchor, e.tagStart >= 0 ? "tag" : null);
}
var HEADER2 = /^[|>][-+1-9]{0,2}[ \t]*(?:#.*)?\r?$/;
function blockScalarSpan(e, text) {
  const headerLine = e.valueStart > 0 && text.charCodeAt(e.valueStart - 1) === 10 ? lineStart(text, e.valueStart - 1) : lineStart(text, e.valueStart);
  const line = text.slice(headerLine, lineEnd(text, headerLine));
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const after = i === 0 ? 32 : line.charCodeAt(i - 1);
    if ((c === 124 || c === 62) && (after === 32 || after === 9) && HEADER2.test(line.slice(i))) {
      open = headerLine + i;
      break;
    }
  }
  if (open < 0) throw new NotEditable("a block scalar whose header is unclear");
  if (e.chomping === CHOMPING_MODE.KEEP) return [open, e.valueEnd];
  let last = e.valueEnd - 1;
  while (last >= e.valueStart && /[ \t\r\n]/.test(text[last])) last--;
  return [open, last < e.valueStart ? lineEnd(text, open) : lineEnd(text, last)];
}

// src/emit/text-edit/plain-tree.ts
var Declined = class extends Error {
};
function decline() {
  throw new Declined();
}
var SPACE = 32;
var HASH = 35;
var COLON = 58;
var DASH = 45;
var MERGE_TAG2 = "tag:yaml.org,2002:merge";
var keyCache2 = /* @__PURE__ */ new Map();
function node2(kind, start, end, flow, scalarStyle) {
  const leaf = kind === "scalar";
  return { kind, start, open: start, end, flow, scalarStyle, anchor: null, entries: leaf ? NO_ENTRIES : [], items: leaf ? NO_ITEMS : [], opaque: null };
}
var Reader = class {
  /** Offsets where each line starts; the text of the lines. */
  starts = [];
  lines = [];
  /** Per line: indentation, or -1 for a blank or comment line. */
  indents = [];
  i = 0;
  constructor(text) {
    let p = 0;
    while (p <= text.length) {
      const eol = text.indexOf("\n", p);
      const line = text.slice(p, eol < 0 ? text.length : eol);
      this.starts.push(p);
      this.lines.push(line);
      let at = 0;
      while (code(line, at) === SPACE) at++;
      this.indents.push(at === line.length || code(line, at) === HASH ? -1 : at);
      if (eol < 0) break;
      p = eol + 1;
    }
  }
  read() {
    let marker = false;
    for (; this.i < this.lines.length; this.i++) {
      const line = this.lines[this.i];
      if (this.indents[this.i] < 0) continue;
      if (!marker && line.startsWith("---") && (line.length === 3 || /^--- +(#.*)?$/.test(line))) {
        marker = true;
        continue;
      }
      break;
    }
    const first = this.skip();
    if (first < 0 || first !== 0) decline();
    const root = this.blockNode(0, 0);
    if (this.skip() >= 0) decline();
    return root;
  }
  /** Indentation of the next content line (moving past blank and comment lines), or -1 at the end. */
  skip() {
    while (this.i < this.lines.length && this.indents[this.i] < 0) this.i++;
    if (this.i >= this.lines.length) return -1;
    const line = this.lines[this.i];
    if (this.indents[this.i] === 0 && (line.startsWith("---") || line.startsWith("...") || line.startsWith("%"))) decline();
    return this.indents[this.i];
  }
  at(col) {
    return this.starts[this.i] + col;
  }
  blockNode(indent, col) {
    const line = this.lines[this.i];
    if (code(line, col) === DASH && isSpaceOrEnd(code(line, col + 1))) return this.sequence(indent, col);
    return this.mapping(indent, col);
  }
  mapping(indent, col) {
    const map = node2("mapping", this.at(col), -1, false, 0);
    let c = col;
    for (; ; ) {
      const line = this.lines[this.i];
      const key = this.key(line, c);
      if (key === null || hasKey(map.entries, key.name)) decline();
      const keyStart = this.at(c);
      const colon = this.at(key.colon);
      const value = this.value(line, key.colon, indent, true);
      if (value.start < 0) value.start = value.open = value.end = colon;
      const entry = { key: key.name, keyStart, colon, value };
      map.entries.push(entry);
      const next = this.skip();
      if (next < indent) break;
      if (next > indent) decline();
      c = indent;
    }
    map.end = map.entries[map.entries.length - 1].value.end;
    return map;
  }
  sequence(indent, col) {
    if (col !== indent) decline();
    const seq = node2("sequence", this.at(col), -1, false, 0);
    for (; ; ) {
      const line = this.lines[this.i];
      if (code(line, indent) !== DASH || !isSpaceOrEnd(code(line, indent + 1))) break;
      const item = this.value(line, indent + 1, indent, false);
      if (item.start < 0) decline();
      seq.items.push(item);
      const next = this.skip();
      if (next < indent) break;
      if (next > indent) decline();
    }
    if (seq.items.length === 0) decline();
    seq.end = seq.items[seq.items.length - 1].end;
    return seq;
  }
  /** A mapping key at `col`: its name and the column just past its `:`; null when none. */
  key(line, col) {
    const c = code(line, col);
    if (c === 34 || c === 39) {
      const q = quoted(line, col);
      let p = q.end;
      while (code(line, p) === SPACE) p++;
      if (code(line, p) !== COLON || !isSpaceOrEnd(code(line, p + 1))) return null;
      return { name: q.value, colon: p + 1 };
    }
    if (!canStartPlain(line, col)) return null;
    for (let p = col; p < line.length; p++) {
      const ch = code(line, p);
      if (ch === COLON && isSpaceOrEnd(code(line, p + 1))) return { name: keyName(line.slice(col, p).trimEnd()), colon: p + 1 };
      if (ch === HASH && code(line, p - 1) === SPACE) return null;
    }
    return null;
  }
  /** The value after an indicator ending at `from` (`:` or `-`); an empty scalar (start -1) when there is none. */
  value(line, from, indent, inMapping) {
    let p = from;
    while (code(line, p) === SPACE) p++;
    const c = code(line, p);
    if (Number.isNaN(c) || c === HASH) {
      this.i++;
      const next = this.skip();
      if (next > indent) return this.blockNode(next, next);
      if (inMapping && next === indent) {
        const l = this.lines[this.i];
        if (code(l, indent) === DASH && isSpaceOrEnd(code(l, indent + 1))) return this.sequence(indent, indent);
      }
      return node2("scalar", -1, -1, false, SCALAR_STYLE.PLAIN);
    }
    if (c === 124 || c === 62) return this.blockScalar(line, p, indent);
    if (!inMapping) {
      if (c === DASH && isSpaceOrEnd(code(line, p + 1))) decline();
      if (this.key(line, p) !== null) return this.mapping(p, p);
    }
    let n;
    if (c === 91 || c === 123) n = this.flow(line, p);
    else if (c === 34 || c === 39) {
      const q = quoted(line, p);
      n = node2("scalar", this.at(p), this.at(q.end), false, c === 34 ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED);
    } else n = node2("scalar", this.at(p), this.at(plainEnd(line, p, false)), false, SCALAR_STYLE.PLAIN);
    let end = n.end - this.starts[this.i];
    while (code(line, end) === SPACE) end++;
    if (end < line.length && !(code(line, end) === HASH && code(line, end - 1) === SPACE)) decline();
    this.i++;
    if (this.skip() > indent) decline();
    return n;
  }
  /** A flow collection closing on its line. */
  flow(line, p) {
    const mapping = code(line, p) === 123;
    const close = mapping ? 125 : 93;
    const n = node2(mapping ? "mapping" : "sequence", this.at(p), -1, true, 0);
    const keys = /* @__PURE__ */ new Set();
    p = skipSpaces(line, p + 1);
    if (code(line, p) !== close) {
      for (; ; ) {
        if (mapping) {
          const c2 = code(line, p);
          let name;
          const keyStart = p;
          if (c2 === 34 || c2 === 39) {
            const q = quoted(line, p);
            name = q.value;
            p = skipSpaces(line, q.end);
          } else {
            const end = plainEnd(line, p, true);
            name = keyName(line.slice(p, end));
            p = end;
          }
          if (code(line, p) !== COLON || keys.has(name)) decline();
          keys.add(name);
          const colon = this.at(p + 1);
          const value = this.flowNode(line, skipSpaces(line, p + 1));
          n.entries.push({ key: name, keyStart: this.at(keyStart), colon, value });
          p = value.end - this.starts[this.i];
        } else {
          const item = this.flowNode(line, p);
          n.items.push(item);
          p = item.end - this.starts[this.i];
        }
        p = skipSpaces(line, p);
        const c = code(line, p);
        if (c === close) break;
        if (c !== 44) decline();
        p = skipSpaces(line, p + 1);
        if (code(line, p) === close) decline();
      }
    }
    n.end = this.at(p + 1);
    return n;
  }
  flowNode(line, p) {
    const c = code(line, p);
    if (c === 91 || c === 123) return this.flow(line, p);
    if (c === 34 || c === 39) return node2("scalar", this.at(p), this.at(quoted(line, p).end), false, c === 34 ? SCALAR_STYLE.DOUBLE_QUOTED : SCALAR_STYLE.SINGLE_QUOTED);
    const end = plainEnd(line, p, true);
    if (code(line, end) === COLON) decline();
    return node2("scalar", this.at(p), this.at(end), false, SCALAR_STYLE.PLAIN);
  }
  /** A literal or folded block scalar: from its header to the end of its last content line. */
  blockScalar(line, p, parent) {
    const folded = code(line, p) === 62;
    let q = p + 1;
    const chomp = code(line, q);
    if (chomp === DASH) q++;
    else if (chomp === 43) decline();
    const afterHeader = q;
    while (code(line, q) === SPACE) q++;
    if (q < line.length && !(code(line, q) === HASH && q > afterHeader)) decline();
    const start = this.at(p);
    this.i++;
    let contentIndent = -1;
    let maxLeading = 0;
    let last = -1;
    for (; this.i < this.lines.length; this.i++) {
      const l = this.lines[this.i];
      let col = 0;
      while (code(l, col) === SPACE) col++;
      if (col === l.length) {
        if (contentIndent === -1) maxLeading = Math.max(maxLeading, col);
        continue;
      }
      if (contentIndent === -1) {
        if (col <= parent || col < maxLeading) decline();
        contentIndent = col;
      } else if (col < contentIndent) break;
      last = this.i;
    }
    if (last < 0) decline();
    const end = this.starts[last] + this.lines[last].length;
    if (this.skip() > parent) decline();
    return node2("scalar", start, end, false, folded ? SCALAR_STYLE.FOLDED_BLOCK : SCALAR_STYLE.LITERAL_BLOCK);
  }
};
function plainEnd(line, p, inFlow) {
  if (!canStartPlain(line, p) || inFlow && code(line, p) === DASH && isFlowIndicator(code(line, p + 1))) decline();
  let end = p;
  for (let q = p; q < line.length; q++) {
    const ch = code(line, q);
    if (inFlow && isFlowIndicator(ch)) break;
    if (ch === COLON) {
      const next = code(line, q + 1);
      if (isSpaceOrEnd(next) || inFlow && isFlowIndicator(next)) {
        if (!inFlow) decline();
        break;
      }
    }
    if (ch === HASH && code(line, q - 1) === SPACE) break;
    if (ch !== SPACE) end = q + 1;
  }
  return end;
}
function quoted(line, p) {
  const quote = code(line, p);
  let q = p + 1;
  let doubled = false;
  for (; ; ) {
    if (q >= line.length) decline();
    const ch = code(line, q);
    if (quote === 39 && ch === 39) {
      if (code(line, q + 1) !== 39) break;
      doubled = true;
      q += 2;
      continue;
    }
    if (quote === 34 && ch === 92) decline();
    if (quote === 34 && ch === 34) break;
    q++;
  }
  const body = line.slice(p + 1, q);
  return { value: doubled ? body.replaceAll("''", "'") : body, end: q + 1 };
}
function keyName(text) {
  let name = keyCache2.get(text);
  if (name === void 0) {
    const { value, tag } = KUBE_SCHEMA.resolveImplicitScalarTag(text);
    if (tag.tagName === MERGE_TAG2 || value !== null && typeof value === "object") decline();
    name = String(value);
    if (name === "__proto__") decline();
    if (keyCache2.size >= 4096) keyCache2.clear();
    keyCache2.set(text, name);
  }
  return name;
}
function readPlainTree(text) {
  if (/[\t\r\uFEFF]/.test(text)) return null;
  try {
    return { root: new Reader(text).read(), aliased: /* @__PURE__ */ new Set(), sharedAnchors: [] };
  } catch (e) {
    if (e instanceof Declined) return null;
    throw e;
  }
}
function hasKey(entries, name) {
  for (let i = 0; i < entries.length; i++) if (entries[i].key === name) return true;
  return false;
}

// src/emit/text-edit/index.ts
function editDocument(doc, value) {
  const text = doc.source.text.slice(doc.start, doc.end);
  if (doc.empty) return whole("an empty document");
  if (/\r(?!\n)/.test(text)) return whole("a line break that is a bare CR");
  try {
    const tree = readPlainTree(text) ?? readSourceTree(text);
    let seqNoIndent;
    const style = {
      eol: doc.eol,
      json: doc.format === "json",
      // The author's list style (only asked when something is written).
      get seqNoIndent() {
        return seqNoIndent ??= zeroIndentedLists(text, tree.root);
      }
    };
    const planner = new Planner(text, tree, style);
    planner.document(doc.value, value);
    return { text: applyEdits(text, planner.edits), fallbacks: planner.fallbacks };
  } catch (e) {
    if (e instanceof NotEditable || e instanceof YAMLException) return whole(e instanceof NotEditable ? e.message : `unreadable: ${e.message}`);
    throw e;
  }
}
function whole(reason) {
  return { text: null, fallbacks: [], reason };
}

// src/emit/manifests.ts
function writeStream(docs) {
  return joinDocuments(docs.map((item) => ({ doc: item.doc, text: renderDocument(item) })));
}
function renderDocument(item) {
  return "value" in item ? writeChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
}
function joinDocuments(items) {
  const joiner = new StreamJoiner();
  for (const item of items) joiner.add(item.doc, item.text);
  return joiner.text();
}
var StreamJoiner = class {
  parts = [];
  previous = "";
  add(doc, text) {
    if (this.parts.length > 0) {
      if (!this.previous.endsWith("\n")) this.parts.push(doc.eol);
      if (!startsWithMarker(text)) text = `---${doc.eol}${text}`;
    }
    this.parts.push(text);
    this.previous = text;
  }
  /** The stream so far, ending with a line break (unless it is empty). */
  text() {
    const out = this.parts.join("");
    return out === "" || out.endsWith("\n") ? out : out + "\n";
  }
};
function startsWithMarker(text) {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}
function writeChanged(doc, value) {
  return editDocument(doc, value).text ?? reserialise(doc, value);
}

export {
  writeStream,
  renderDocument
};
