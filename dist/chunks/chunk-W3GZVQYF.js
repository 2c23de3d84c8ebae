import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  DEFAULT_CONFIG,
  RULES,
  compileSelector,
  findSuppression,
  labelMap,
  resolvePortProtocol,
  selects
} from "./chunk-VV53FX4F.js";
import {
  describeObject,
  fieldPosition,
  locateWorkloads,
  objectsOf,
  positionIn
} from "./chunk-D7Z4CXO2.js";
import {
  CHOMPING_MODE,
  COLLECTION_STYLE,
  DUMP_SCHEMA,
  EVENT_ID,
  KUBE_SCHEMA,
  LIMITS,
  SCALAR_STYLE,
  YAMLException,
  dump,
  getAt,
  getScalarValue,
  isMap,
  joinPointer,
  parseEvents,
  str
} from "./chunk-3AEIXWFE.js";
import {
  KubeInjectError
} from "./chunk-ZV2WLJBK.js";

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
    const pad2 = `
${" ".repeat(INDENT * level)}`;
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
    const pad2 = `
${" ".repeat(INDENT * level)}`;
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

// src/emit/text-edit/render.ts
var FLOW = { flowLevel: 0, lineWidth: -1, noRefs: true };
function pick(keys, from) {
  const out = {};
  for (const k of keys) Object.defineProperty(out, k, { value: from[k], enumerable: true, writable: true, configurable: true });
  return out;
}
function yaml(value, style) {
  const text = toYaml(value, { seqNoIndent: style.seqNoIndent });
  if (text.endsWith("\n...\n")) throw new NotEditable("a value that ends in a kept block scalar");
  return text.slice(0, -1);
}
function indentRest(text, col) {
  return col === 0 ? text : text.replace(/\n(?=[^\n])/g, `
${pad(col)}`);
}
function lineBreaks(text, style) {
  return style.eol === "\n" ? text : text.replace(/\n/g, "\r\n");
}
function blockLines(value, col, style) {
  return lineBreaks(pad(col) + indentRest(yaml(value, style), col) + "\n", style);
}
function blockAt(value, col, style) {
  return lineBreaks(indentRest(yaml(value, style), col), style);
}
function afterColon(value, col, style) {
  const text = yaml(pick(["k"], { k: value }), style);
  return lineBreaks(indentRest(text.slice(2), col), style);
}
function afterDash(value, col, style) {
  const text = yaml([value], style);
  return lineBreaks(indentRest(text.slice(1), col), style);
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
function linesAfter(text, p, lines, style) {
  const at = nextLineStart(text, p);
  guard(text, at, lines, 0);
  if (at === text.length && at > 0 && text.charCodeAt(at - 1) !== 10) return { start: at, end: at, text: style.eol + lines.slice(0, -style.eol.length) };
  return { start: at, end: at, text: lines };
}
function before(text, p, value, col, style) {
  if (firstOnLine(text, p)) {
    const at = lineStart(text, p);
    const lines = blockLines(value, col, style);
    guard(text, at, lines, 0);
    return { start: at, end: at, text: lines };
  }
  return { start: p, end: p, text: blockAt(value, col, style) + style.eol + pad(col) };
}
function insertEntries(text, map, anchor, value, style) {
  const col = column(text, map.open);
  if (anchor) return linesAfter(text, anchor.value.end, blockLines(value, col, style), style);
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
  if (anchor) return linesAfter(text, anchor.end, blockLines(items, col, style), style);
  const dash = dashOf(text, seq.items[0]);
  if (dash < 0) throw new NotEditable("a sequence item whose dash is unclear");
  return before(text, dash, items, col, style);
}
function removeItem(text, item) {
  const dash = dashOf(text, item);
  if (dash < 0 || !firstOnLine(text, dash)) return null;
  return { start: lineStart(text, dash), end: nextLineStart(text, item.end), text: "" };
}
function replaceValue(text, node2, after, place, style) {
  if (place.kind === "entry") {
    if (place.entry.colon < 0) throw new NotEditable("a key whose ':' is not on its line");
    return inline(text, node2, place.entry.colon, afterColon(after, place.col, style), place.col, style);
  }
  const dash = dashOf(text, node2);
  if (dash < 0) throw new NotEditable("a sequence item whose dash is unclear");
  return inline(text, node2, dash + 1, afterDash(after, place.col, style), place.col, style);
}
function inline(text, node2, indicatorEnd, value, col, style) {
  const eol = node2.end > 0 && text.charCodeAt(node2.end - 1) === 10 ? style.eol : "";
  if (value.startsWith(" ") && !value.includes("\n") && node2.start > indicatorEnd && sameLine(text, indicatorEnd, node2.start)) {
    return { start: node2.start, end: node2.end, text: value.slice(1) + eol };
  }
  const rest = text.slice(node2.end, lineEnd(text, node2.end));
  if (value.includes("\n") && rest.trimStart().startsWith("#")) {
    const edit = { start: indicatorEnd, end: node2.end + rest.length, text: `${value}${style.eol}${pad(col)}${rest.trimStart()}` };
    return edit;
  }
  guard(text, node2.end, value, col);
  return { start: indicatorEnd, end: node2.end, text: value + eol };
}
function guard(text, at, inserted, firstIndent) {
  const indent = trailingBlockScalar(inserted, firstIndent);
  if (indent >= 0) checkFollowingComment(text, at, indent);
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
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const ka = Object.keys(a);
  const kb = writtenKeys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i];
    if (k !== kb[i] || !sameValue(a[k], b[k])) return false;
  }
  return true;
}
function isPlainObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
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

// src/emit/text-edit/flow-layout.ts
function flowColumn(text, node2) {
  const first = node2.kind === "mapping" ? node2.entries[0]?.keyStart : node2.items[0]?.start;
  if (first === void 0 || sameLine(text, node2.open, first)) return null;
  return column(text, first);
}
function separator(col, style) {
  return col === null ? ", " : `,${style.eol}${pad(col)}`;
}
function insert(text, node2, spans, anchor, parts, style) {
  const sep = separator(flowColumn(text, node2), style);
  if (spans.length === 0) return { start: node2.open + 1, end: node2.open + 1, text: parts.join(", ") };
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
function replaceFlowValue(node2, after, col, style) {
  return { start: node2.start, end: node2.end, text: flowValue(after, col, style) };
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
  node(node2, before2, after, place) {
    if (before2 === after) return;
    if (node2.anchor !== null && this.tree.aliased.has(node2.anchor)) {
      if (sameValue(before2, after)) return;
      throw new NotEditable("a change inside an anchor that an alias shares");
    }
    if (node2.opaque !== null) {
      if (sameValue(before2, after)) return;
      this.fallback(node2, after, place, node2.opaque);
      return;
    }
    if (node2.kind === "mapping" && isPlainObject(before2) && isPlainObject(after)) return this.mapping(node2, before2, after, place);
    if (node2.kind === "sequence" && Array.isArray(before2) && Array.isArray(after)) return this.sequence(node2, before2, after, place);
    if (isScalar(before2) && isScalar(after)) {
      if (!Object.is(before2, after)) this.scalar(node2, after, place);
      return;
    }
    if (!sameValue(before2, after)) this.replace(node2, after, place);
  }
  fallback(node2, after, place, why) {
    this.fallbacks.push(why);
    this.replace(node2, after, place);
  }
  childPlace(parent, entry) {
    if (parent.flow) return { kind: "flow", col: flowColumn(this.text, parent) };
    const col = column(this.text, parent.open);
    return entry ? { kind: "entry", entry, col } : { kind: "item", col };
  }
  /** An empty flow collection outside a flow collection (`annotations: {}`) becomes a block one: it is replaced. */
  growsFromEmpty(node2, place) {
    return (node2.kind === "mapping" ? node2.entries.length : node2.items.length) === 0 && (place.kind !== "flow" || this.style.json);
  }
  mapping(node2, before2, after, place) {
    const entries = node2.entries;
    const beforeKeys = Object.keys(before2);
    if (beforeKeys.length !== entries.length || !entries.every((e) => Object.hasOwn(before2, e.key))) {
      return this.fallback(node2, after, place, "keys that differ from the parsed value");
    }
    const afterKeys = writtenKeys(after);
    const kept = (k) => Object.hasOwn(after, k) && after[k] !== void 0;
    const stays = beforeKeys.filter(kept);
    if (afterKeys.length === 0 || stays.length === 0 || this.growsFromEmpty(node2, place)) return this.replace(node2, after, place);
    if (!sameOrder(stays, afterKeys.filter((k) => Object.hasOwn(before2, k)))) return this.fallback(node2, after, place, "keys reordered");
    const removed = entries.filter((e) => !kept(e.key));
    const blockRemovals = node2.flow ? [] : removed.map((e) => removeEntry(this.text, e));
    if (blockRemovals.some((r) => r === null)) return this.fallback(node2, after, place, "a removed key that shares its line");
    const byKey = new Map(entries.map((e, i) => [e.key, i]));
    const groups = /* @__PURE__ */ new Map();
    let anchor = -1;
    for (const k of afterKeys) {
      const at = Object.hasOwn(before2, k) ? byKey.get(k) : void 0;
      if (at !== void 0) anchor = at;
      else groups.set(anchor, [...groups.get(anchor) ?? [], k]);
    }
    const insert2 = (at, keys) => {
      if (node2.flow) this.push(insertFlowEntries(this.text, node2, at, keys, after, this.style));
      else this.push(insertEntries(this.text, node2, at < 0 ? null : entries[at], pick(keys, after), this.style));
    };
    const first = groups.get(-1);
    if (first) insert2(-1, first);
    if (node2.flow) for (const r of removeFlowChildren(entrySpans(node2), new Set(removed.map((e) => entries.indexOf(e))))) this.push(r);
    else for (const r of blockRemovals) this.push(r);
    entries.forEach((e, i) => {
      if (!kept(e.key)) return;
      this.node(e.value, before2[e.key], after[e.key], this.childPlace(node2, e));
      const keys = groups.get(i);
      if (keys) insert2(i, keys);
    });
  }
  sequence(node2, before2, after, place) {
    const items = node2.items;
    if (items.length !== before2.length) return this.fallback(node2, after, place, "items that differ from the parsed value");
    if (after.length === 0 || this.growsFromEmpty(node2, place)) return this.replace(node2, after, place);
    const steps = alignItems(before2, after, sameItem);
    const removed = steps.flatMap((s) => s.kind === "remove" ? [s.old] : []);
    const blockRemovals = node2.flow ? [] : removed.map((i) => removeItem(this.text, items[i]));
    if (blockRemovals.some((r) => r === null)) return this.fallback(node2, after, place, "a removed item that shares its line");
    const groups = /* @__PURE__ */ new Map();
    let anchor = -1;
    for (const s of steps) {
      if (s.kind === "insert") groups.set(anchor, [...groups.get(anchor) ?? [], after[s.new]]);
      else if (s.kind === "pair") anchor = s.old;
    }
    const insert2 = (at, values) => {
      if (node2.flow) this.push(insertFlowItems(this.text, node2, at, values, this.style));
      else this.push(insertItems(this.text, node2, at < 0 ? null : items[at], values, this.style));
    };
    const first = groups.get(-1);
    if (first) insert2(-1, first);
    if (node2.flow) for (const r of removeFlowChildren(itemSpans(node2), new Set(removed))) this.push(r);
    else for (const r of blockRemovals) this.push(r);
    const childPlace = this.childPlace(node2);
    for (const s of steps) {
      if (s.kind !== "pair") continue;
      this.node(items[s.old], before2[s.old], after[s.new], childPlace);
      const values = groups.get(s.old);
      if (values) insert2(s.old, values);
    }
  }
  /** A changed scalar, in its own quoting when the new value allows it. */
  scalar(node2, after, place) {
    if (typeof after === "string" && node2.kind === "scalar") {
      if (node2.scalarStyle === SCALAR_STYLE.DOUBLE_QUOTED) {
        this.push({ start: node2.start, end: node2.end, text: this.style.json ? JSON.stringify(after) : quoteDouble(after) });
        return;
      }
      if (node2.scalarStyle === SCALAR_STYLE.SINGLE_QUOTED && SINGLE_QUOTABLE.test(after)) {
        this.push({ start: node2.start, end: node2.end, text: `'${after.replaceAll("'", "''")}'` });
        return;
      }
    }
    this.replace(node2, after, place);
  }
  /** An edit, unless it would take out an anchor that an alias elsewhere refers to. */
  push(edit) {
    for (const at of this.tree.sharedAnchors) {
      if (at >= edit.start && at < edit.end) throw new NotEditable("an edit takes out an anchor that an alias shares");
    }
    this.edits.push(edit);
  }
  /** A node replaced whole by the new value, written in the style of its place. */
  replace(node2, after, place) {
    if (place.kind === "root") throw new NotEditable("the document is replaced whole");
    this.push(place.kind === "flow" ? replaceFlowValue(node2, after, place.col, this.style) : replaceValue(this.text, node2, after, place, this.style));
  }
};
var SINGLE_QUOTABLE = /^[\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;
function sameItem(a, b) {
  if (a === b) return true;
  if (isPlainObject(a) && isPlainObject(b) && typeof a["name"] === "string") return a["name"] === b["name"];
  return sameValue(a, b);
}
function sameOrder(a, b) {
  return a.length === b.length && a.every((k, i) => k === b[i]);
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
  const attach = (node2) => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root) throw new NotEditable("more than one root node");
      root = node2;
      return;
    }
    const parent = top.node;
    if (parent.kind === "sequence") {
      if (node2.start < 0) throw new NotEditable("an empty sequence item");
      parent.items.push(node2);
      return;
    }
    if (top.key === null) {
      parent.opaque = "complex key";
      top.key = { key: `\0${parent.entries.length}`, keyStart: node2.start, colon: -1 };
      return;
    }
    if (node2.start < 0) {
      if (top.key.colon < 0 || parent.flow) throw new NotEditable("an empty value whose place is unclear");
      node2.start = node2.open = node2.end = top.key.colon;
    }
    parent.entries.push({ ...top.key, value: node2 });
    top.key = null;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new NotEditable("more than one document");
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node2 = collection(e, text);
        if (node2.anchor !== null) anchors.push({ name: node2.anchor, at: node2.start });
        attach(node2);
        stack.push({ node: node2, key: null });
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
  return { kind, start, open, end, flow, scalarStyle, anchor, entries: [], items: [], opaque };
}
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

// src/emit/text-edit/index.ts
function editDocument(doc, value) {
  const text = doc.source.text.slice(doc.start, doc.end);
  if (doc.empty) return whole("an empty document");
  if (/\r(?!\n)/.test(text)) return whole("a line break that is a bare CR");
  try {
    const tree = readSourceTree(text);
    let seqNoIndent;
    const style = {
      eol: doc.eol,
      json: doc.format === "json",
      // The list style of the document, as the re-serialiser judges it (only asked when a list is written).
      get seqNoIndent() {
        return seqNoIndent ??= sequenceIndent(text.slice(doc.contentStart - doc.start)) === "zero";
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
  const parts = [];
  let previous = "";
  for (const item of docs) {
    let text = "value" in item ? writeChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
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
function writeChanged(doc, value) {
  return editDocument(doc, value).text ?? reserialise(doc, value);
}

// src/lint/service-lookup.ts
var ServiceLookup = class {
  constructor(services, counters) {
    this.counters = counters;
    const frequency = /* @__PURE__ */ new Map();
    for (const s of services) {
      for (const r of s.selector?.requirements ?? []) {
        if (r.op !== "In") continue;
        const byKey = getOrSet(getOrSet(frequency, s.namespace, () => /* @__PURE__ */ new Map()), r.key, () => /* @__PURE__ */ new Map());
        for (const v of r.values) byKey.set(v, (byKey.get(v) ?? 0) + 1);
      }
    }
    services.forEach((service, order) => {
      const reqs = service.selector?.requirements;
      if (!reqs) return;
      const ns = getOrSet(this.namespaces, service.namespace, () => ({ byLabel: /* @__PURE__ */ new Map(), always: [] }));
      let best;
      for (const r of reqs) {
        if (r.op !== "In") continue;
        const byKey = frequency.get(service.namespace).get(r.key);
        let cost = 0;
        for (const v of r.values) cost += byKey.get(v);
        if (!best || cost < best.cost) best = { key: r.key, values: r.values, cost };
      }
      const filed = { service, order };
      if (!best) {
        ns.always.push(filed);
        return;
      }
      const byValue = getOrSet(ns.byLabel, best.key, () => /* @__PURE__ */ new Map());
      for (const v of new Set(best.values)) getOrSet(byValue, v, () => []).push(filed);
    });
  }
  counters;
  namespaces = /* @__PURE__ */ new Map();
  /** The Services of `namespace` that select a pod with these labels, in input order. */
  /**
   * The Services selecting pods with `labels` in `namespace`, in input order. Pods with the same
   * labels share one answer (the same array): 2,000 pods under 2,000 Services of one selector are
   * 2,000 lookups and one list, not four million entries.
   */
  selecting(namespace, labels) {
    const key = JSON.stringify([namespace, Object.keys(labels).sort().map((k) => [k, labels[k]])]);
    let answer = this.answers.get(key);
    if (answer === void 0) this.answers.set(key, answer = this.select(namespace, labels));
    return answer;
  }
  answers = /* @__PURE__ */ new Map();
  select(namespace, labels) {
    const ns = this.namespaces.get(namespace);
    if (!ns) return [];
    let candidates = ns.always;
    let sorted = true;
    for (const key of Object.keys(labels)) {
      const bucket = ns.byLabel.get(key)?.get(labels[key]);
      if (!bucket) continue;
      if (candidates.length === 0) candidates = bucket;
      else {
        candidates = candidates.concat(bucket);
        sorted = false;
      }
    }
    if (!sorted) candidates = candidates.slice().sort((a, b) => a.order - b.order);
    const out = [];
    for (const c of candidates) {
      if (this.counters) this.counters.selectorChecks++;
      if (selects(c.service.selector, labels)) out.push(c.service);
    }
    return out;
  }
};
function getOrSet(m, k, make) {
  let v = m.get(k);
  if (v === void 0) m.set(k, v = make());
  return v;
}

// src/lint/mesh-index.ts
var DEFAULT_NAMESPACE = "default";
function indexObject(doc, located) {
  const meta = isMap(located.object.metadata) ? located.object.metadata : {};
  return {
    doc,
    located,
    kind: located.kind,
    name: str(meta.name),
    namespace: str(meta.namespace) || DEFAULT_NAMESPACE,
    labels: labelMap(meta.labels),
    annotations: isMap(meta.annotations) ? meta.annotations : {}
  };
}
function indexService(base) {
  const spec = isMap(base.located.object.spec) ? base.located.object.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  return {
    ...base,
    selector: compileSelector(spec.selector),
    type: str(spec.type),
    ports: ports.flatMap((p, i) => {
      if (!isMap(p)) return [];
      const port = typeof p.port === "number" ? p.port : void 0;
      const name = typeof p.name === "string" && p.name !== "" ? p.name : void 0;
      const appProtocol = typeof p.appProtocol === "string" && p.appProtocol !== "" ? p.appProtocol : void 0;
      const written = p.targetPort === void 0 || p.targetPort === null || p.targetPort === 0 ? "" : String(p.targetPort);
      return [
        {
          pointer: joinPointer(base.located.pointer, "spec", "ports", i),
          name,
          port,
          targetPort: written || String(port ?? ""),
          appProtocol,
          protocol: resolvePortProtocol({ name, port, appProtocol, protocol: str(p.protocol) || void 0 })
        }
      ];
    })
  };
}
function buildIndex(docs, context = [], counters) {
  const objects = [];
  const services = [];
  const pending = [];
  const errors = [];
  const isContext = new Set(context);
  for (const doc of [...context, ...docs]) {
    let workloads2 = [];
    try {
      workloads2 = locateWorkloads(doc.value);
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      if (!isContext.has(doc)) errors.push(positionIn(doc, e, ""));
    }
    const byPointer = new Map(workloads2.map((w) => [w.pointer, w]));
    let objectsHere;
    try {
      objectsHere = objectsOf(doc.value);
    } catch {
      continue;
    }
    for (const located of objectsHere) {
      const base = indexObject(doc, located);
      objects.push(base);
      if (located.kind === "Service") services.push(indexService(base));
      const w = byPointer.get(located.pointer);
      if (w) pending.push({ base, workload: w });
    }
  }
  const lookup = new ServiceLookup(services, counters);
  const workloads = pending.map(({ base, workload }) => {
    const template = getAt(base.doc.value, workload.podTemplatePointer);
    const meta = isMap(template.metadata) ? template.metadata : {};
    const podLabels = labelMap(meta.labels);
    return {
      ...base,
      workload,
      templatePointer: workload.podTemplatePointer,
      podLabels,
      podAnnotations: isMap(meta.annotations) ? meta.annotations : {},
      podSpec: template.spec,
      services: lookup.selecting(base.namespace, podLabels)
    };
  });
  return { objects, services, workloads, errors };
}

// src/lint/runner.ts
var ALL_META = RULES.map((r) => r.meta);
function lintDocuments(docs, config = DEFAULT_CONFIG, options = {}) {
  const inputs = new Set(docs);
  const context = new Set((options.context ?? []).filter((d) => !inputs.has(d)));
  const index = buildIndex(docs, [...context]);
  const settings = { expectInjected: options.expectInjected ?? false, nativeSidecars: options.nativeSidecars ?? false };
  const workloadAt = /* @__PURE__ */ new Map();
  for (const w of index.workloads) {
    let m = workloadAt.get(w.doc);
    if (!m) workloadAt.set(w.doc, m = /* @__PURE__ */ new Map());
    m.set(w.located.pointer, w);
  }
  const all = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting?.severity === "off") continue;
    const override = setting?.severity;
    rule.check({
      documents: docs,
      index,
      options: setting?.options ?? {},
      settings,
      allRules: ALL_META,
      report: (r) => {
        if (context.has(r.doc)) return;
        const finding = toFinding(rule.meta, r, override);
        const meta = isMap(r.object.object.metadata) ? r.object.object.metadata : {};
        const maps = [isMap(meta.annotations) ? meta.annotations : {}];
        const w = workloadAt.get(r.doc)?.get(r.object.pointer);
        if (w && w.templatePointer !== w.located.pointer) maps.push(w.podAnnotations);
        const suppressed = findSuppression(maps, finding.ruleId, finding.istioCode);
        all.push(suppressed ? { ...finding, suppressed } : finding);
      }
    });
  }
  const fileOrder = /* @__PURE__ */ new Map();
  for (const d of docs) if (!fileOrder.has(d.source.name)) fileOrder.set(d.source.name, fileOrder.size);
  all.sort(
    (a, b) => fileOrder.get(a.document.file) - fileOrder.get(b.document.file) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message)
  );
  return {
    findings: all.filter((f) => !f.suppressed),
    suppressed: all.filter((f) => f.suppressed),
    errors: [...index.errors],
    stats: {
      documents: docs.length,
      objects: index.objects.filter((o) => !context.has(o.doc)).length,
      workloads: index.workloads.filter((w) => !context.has(w.doc)).length
    }
  };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toFinding(meta, r, override) {
  const o = r.object.object;
  const m = isMap(o.metadata) ? o.metadata : {};
  const resource = {
    apiVersion: typeof o.apiVersion === "string" ? o.apiVersion : "",
    kind: r.object.kind,
    namespace: typeof m.namespace === "string" ? m.namespace : "",
    name: typeof m.name === "string" ? m.name : ""
  };
  const pos = fieldPosition(r.doc, r.pointer, r.at);
  const istioCode = r.istioCode ?? meta.istioCode;
  return {
    ruleId: meta.id,
    severity: override ?? r.severity ?? meta.severity,
    ...istioCode ? { istioCode } : {},
    message: r.message,
    document: { file: r.doc.source.name, index: r.doc.index, startLine: r.doc.startLine },
    pointer: r.pointer,
    line: pos.line,
    column: pos.column,
    resource,
    resourceLabel: describeObject(resource.kind, resource.namespace, resource.name)
  };
}

export {
  writeStream,
  lintDocuments
};
