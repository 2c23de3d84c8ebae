import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  EVENT_ID,
  KUBE_SCHEMA,
  LIMITS,
  SCALAR_STYLE,
  YAMLException,
  constructFromEvents,
  getScalarValue,
  parseBlockYaml,
  parseEvents
} from "./chunk-MRUMKARZ.js";
import {
  KubeInjectError,
  escapeToken,
  splitPointer
} from "./chunk-66ALYMBE.js";

// src/read/line-index.ts
var LineIndex = class {
  starts;
  constructor(text) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }
  position(offset) {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
};

// src/read/events.ts
function eventOffset(e) {
  switch (e.type) {
    case EVENT_ID.SCALAR: {
      const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return firstOf(e.anchorStart, e.tagStart, quoted && e.valueStart > 0 ? e.valueStart - 1 : e.valueStart);
    }
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return firstOf(e.anchorStart, e.tagStart, e.start);
    case EVENT_ID.ALIAS:
      return e.anchorStart >= 0 ? e.anchorStart - 1 : -1;
    default:
      return -1;
  }
}
function firstOf(...offsets) {
  let best = -1;
  for (const o of offsets) if (o >= 0 && (best < 0 || o < best)) best = o;
  return best;
}
function indexOffsets(events, source) {
  const out = /* @__PURE__ */ new Map();
  const stack = [];
  const place = () => {
    const top = stack[stack.length - 1];
    if (!top) return { pointer: "" };
    if (top.kind === "skip") return null;
    if (top.kind === "seq") return { pointer: `${top.pointer}/${top.next++}` };
    if (top.key === null) return null;
    const p = { pointer: `${top.pointer}/${escapeToken(top.key)}`, keyOffset: top.keyOffset };
    top.key = null;
    return p;
  };
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    const isKey = top !== void 0 && top.kind === "map" && top.key === null;
    if (isKey) {
      if (e.type === EVENT_ID.SCALAR) {
        top.key = e.valueStart >= 0 ? getScalarValue(source, e) : "";
        top.keyOffset = eventOffset(e);
      } else {
        top.key = "?";
        top.keyOffset = eventOffset(e);
        if (e.type !== EVENT_ID.ALIAS) stack.push({ kind: "skip" });
      }
      continue;
    }
    const offset = eventOffset(e);
    const where = place();
    if (where) {
      const rec = { value: offset >= 0 ? offset : where.keyOffset ?? 0 };
      if (where.keyOffset !== void 0) rec.key = where.keyOffset;
      out.set(where.pointer, rec);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push(where ? { kind: "map", pointer: where.pointer, key: null, keyOffset: -1 } : { kind: "skip" });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push(where ? { kind: "seq", pointer: where.pointer, next: 0 } : { kind: "skip" });
  }
  return out;
}
function expandedSize(events, source, limits) {
  const sizes = /* @__PURE__ */ new Map();
  const stack = [{ nodes: 0, bytes: 0, anchor: null }];
  const add = (nodes, bytes) => {
    const top = stack[stack.length - 1];
    top.nodes += nodes;
    top.bytes += bytes;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ nodes: 1, bytes: 1, anchor: e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : null });
        break;
      case EVENT_ID.POP: {
        if (stack.length === 1) break;
        const done = stack.pop();
        if (done.anchor !== null) sizes.set(done.anchor, { nodes: done.nodes, bytes: done.bytes });
        add(done.nodes, done.bytes);
        break;
      }
      case EVENT_ID.SCALAR: {
        const bytes = 1 + (e.valueStart >= 0 ? e.valueEnd - e.valueStart : 0);
        if (e.anchorStart >= 0) sizes.set(source.slice(e.anchorStart, e.anchorEnd), { nodes: 1, bytes });
        add(1, bytes);
        break;
      }
      case EVENT_ID.ALIAS: {
        const size = sizes.get(source.slice(e.anchorStart, e.anchorEnd)) ?? { nodes: 1, bytes: 1 };
        add(size.nodes, size.bytes);
        break;
      }
      default:
        break;
    }
    const top = stack[stack.length - 1];
    if (top.nodes > limits.nodes || top.bytes > limits.bytes) return { nodes: top.nodes, bytes: top.bytes };
  }
  return { nodes: stack[0].nodes, bytes: stack[0].bytes };
}
function findDuplicateKey(events, source) {
  const stack = [];
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.keys) parent.atKey = !parent.atKey;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.keys && top.atKey && e.type === EVENT_ID.SCALAR) {
      const key = e.valueStart >= 0 ? getScalarValue(source, e) : "";
      if (key !== "<<" && top.keys.has(key)) return eventOffset(e);
      top.keys.add(key);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push({ keys: /* @__PURE__ */ new Set(), atKey: true });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push({ keys: null, atKey: false });
    else if (top?.keys) top.atKey = !top.atKey;
  }
  return -1;
}

// src/read/locate-field.ts
function createLocator(text, start, end, lines) {
  let index;
  return (pointer, at = "key") => {
    if (!index) {
      const slice = text.slice(start, end);
      try {
        index = shift(indexOffsets(parseEvents(slice, { maxDepth: LIMITS.maxDepth }), slice), start);
      } catch {
        index = /* @__PURE__ */ new Map();
      }
    }
    const tokens = splitPointer(pointer);
    for (let n = tokens.length; n >= 0; n--) {
      const p = tokens.slice(0, n).map(escapeToken).map((t) => "/" + t).join("");
      const rec = index.get(p);
      if (!rec) continue;
      const offset = n === tokens.length && at === "value" ? rec.value : rec.key ?? rec.value;
      return lines.position(offset);
    }
    return lines.position(start);
  };
}
function shift(map, by) {
  for (const rec of map.values()) {
    rec.value += by;
    if (rec.key !== void 0) rec.key += by;
  }
  return map;
}

// src/read/split-plain.ts
function firstContent(text, from, to) {
  let p = from;
  while (p < to) {
    let q = p;
    while (q < to && text.charCodeAt(q) === 32) q++;
    const c = q < to ? text.charCodeAt(q) : 10;
    if (c !== 10 && c !== 35) return q;
    const eol = text.indexOf("\n", q);
    if (eol < 0 || eol >= to) return -1;
    p = eol + 1;
  }
  return -1;
}
function splitPlainStream(source) {
  const text = source.text;
  if (/[\r\uFEFF]/.test(text)) return null;
  const cuts = [];
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c === 37) return null;
    if ((c === 45 || c === 46) && text.startsWith(c === 45 ? "---" : "...", p)) {
      const after = text.charCodeAt(p + 3);
      if (c === 46 && (Number.isNaN(after) || after === 10 || after === 32 || after === 9)) return null;
      if (c === 45) {
        if (Number.isNaN(after) || after === 10) cuts.push(p);
        else if (after === 32 || after === 9) return null;
      }
    }
    const eol = text.indexOf("\n", p);
    if (eol < 0) break;
    p = eol + 1;
  }
  const parts = [];
  const first = cuts.length > 0 ? cuts[0] : text.length;
  const implicit = firstContent(text, 0, first);
  if (implicit >= 0) parts.push({ start: 0, end: first, content: implicit, body: 0, explicit: false });
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i];
    const end = i + 1 < cuts.length ? cuts[i + 1] : text.length;
    const body = Math.min(start + 4, end);
    parts.push({ start, end, content: firstContent(text, body, end), body, explicit: true });
  }
  const values = [];
  for (const part of parts) {
    if (part.content < 0) {
      values.push(null);
      continue;
    }
    const r = parseBlockYaml(text.slice(part.body, part.end), KUBE_SCHEMA);
    if (!r.ok) return null;
    values.push(r.value);
  }
  const lines = new LineIndex(text);
  return parts.map((part, index) => {
    const start = index === 0 ? 0 : parts[index - 1].end;
    const end = index === parts.length - 1 ? text.length : part.end;
    const empty = part.content < 0;
    const contentStart = empty ? start : part.content;
    const c = text[contentStart];
    return {
      source,
      index,
      start,
      end,
      startLine: lines.position(contentStart).line,
      value: values[index],
      empty,
      format: c === "{" || c === "[" ? "json" : "yaml",
      eol: "\n",
      contentStart,
      locate: createLocator(text, start, end, lines)
    };
  });
}

// src/read/template-actions.ts
var MAX_SHOWN = 60;
var BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*$/;
function findTemplateAction(text) {
  let blockIndent = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const eol = text.indexOf("\n", lineStart);
    const lineEnd = eol === -1 ? text.length : eol;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    const indent = /^[ \t]*/.exec(line)[0].length;
    const blank = indent === line.length;
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
    } else {
      blockIndent = -1;
      const scan = scanLine(line);
      if (scan.action >= 0) return action(text, lineStart + scan.action);
      if (BLOCK_SCALAR.test(scan.code.trimEnd())) blockIndent = indent;
    }
    if (eol === -1) break;
    lineStart = eol + 1;
  }
  return void 0;
}
function scanLine(line) {
  let quote = null;
  let prev = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') quote = null;
      continue;
    }
    if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = null;
      continue;
    }
    if (c === "{" && line[i + 1] === "{") return { action: i, code: line };
    if (c === "#" && (i === 0 || line[i - 1] === " " || line[i - 1] === "	")) return { action: -1, code: line.slice(0, i) };
    if ((c === '"' || c === "'") && (prev === "" || ":-?[{,".includes(prev))) {
      quote = c;
      continue;
    }
    if (c !== " " && c !== "	") prev = c;
  }
  return { action: -1, code: line };
}
function action(text, offset) {
  const eol = text.indexOf("\n", offset);
  const rest = text.slice(offset, eol === -1 ? text.length : eol).replace(/\r$/, "");
  const close = rest.indexOf("}}", 2);
  let shown = close >= 0 ? rest.slice(0, close + 2) : rest.trimEnd();
  if (shown.length > MAX_SHOWN) shown = `${shown.slice(0, MAX_SHOWN - 3).trimEnd()} \u2026}}`;
  return { offset, text: shown };
}
function templateMessage(action2) {
  return `this looks like an unrendered Go/Helm template (${action2.text}); render it first, e.g. helm template CHART | kube-inject -f -`;
}

// src/read/split.ts
function splitStream(source) {
  const plain = splitPlainStream(source);
  if (plain) return plain;
  return splitStreamWithEvents(source);
}
function splitStreamWithEvents(source) {
  const lines = new LineIndex(source.text);
  try {
    return splitDocuments(source, lines);
  } catch (e) {
    throw e instanceof KubeInjectError && e.code === "yaml" ? unrenderedTemplate(source, lines, e) ?? e : e;
  }
}
function unrenderedTemplate(source, lines, cause) {
  const action2 = findTemplateAction(source.text);
  if (!action2) return void 0;
  return new KubeInjectError("yaml", templateMessage(action2), { file: source.name, ...lines.position(action2.offset) }, { cause });
}
function splitDocuments(source, lines) {
  const text = source.text;
  let events;
  try {
    events = parseEvents(text, { filename: source.name, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw yamlError(e, source.name, lines);
  }
  const groups = groupDocuments(events);
  const segments = cutSegments(text);
  const owners = assignSegments(groups, segments, text, source.name);
  const spans = claimOrphans(owners.map((i) => segments[i]), text.length);
  return groups.map((group, index) => buildDocument(source, lines, group, index, spans[index]));
}
function claimOrphans(owned, length) {
  const out = owned.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i++) out[i].start = i === 0 ? 0 : out[i - 1].end;
  if (out.length > 0) out[out.length - 1].end = length;
  return out;
}
function groupDocuments(events) {
  const groups = [];
  let depth = 0;
  let cur = [];
  for (const e of events) {
    cur.push(e);
    if (e.type === EVENT_ID.POP) depth--;
    else if (e.type === EVENT_ID.DOCUMENT || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
    if (depth === 0) {
      groups.push(cur);
      cur = [];
    }
  }
  return groups;
}
var MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;
function cutSegments(text) {
  const cuts = [{ at: 0, explicit: false }];
  for (const m of text.matchAll(MARKER)) {
    if (m[1] === "---") {
      let at = m.index;
      while (at > 0) {
        const prev = text.lastIndexOf("\n", at - 2) + 1;
        if (text[prev] !== "%") break;
        at = prev;
      }
      cuts.push({ at, explicit: true });
    } else {
      const eol = text.indexOf("\n", m.index);
      cuts.push({ at: eol === -1 ? text.length : eol + 1, explicit: false });
    }
  }
  const segments = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i].at;
    const end = i + 1 < cuts.length ? cuts[i + 1].at : text.length;
    if (end > start || cuts[i].explicit) segments.push({ start, end, explicit: cuts[i].explicit });
  }
  return segments;
}
function firstOffset(group) {
  for (const e of group) {
    const o = eventOffset(e);
    if (o >= 0) return o;
  }
  return -1;
}
function assignSegments(groups, segments, text, file) {
  const owners = [];
  let next = 0;
  for (const group of groups) {
    const offset = firstOffset(group);
    let found = -1;
    for (let s = next; s < segments.length; s++) {
      const seg = segments[s];
      if (offset >= 0 ? offset >= seg.start && offset < seg.end : seg.explicit) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      const line = new LineIndex(text).position(Math.max(offset, 0));
      throw new KubeInjectError("internal", "could not find the text of a document; please report this input", { file, ...line });
    }
    owners.push(found);
    next = found + 1;
  }
  return owners;
}
function buildDocument(source, lines, group, index, seg) {
  const text = source.text;
  const offset = firstOffset(group);
  const contentStart = offset >= 0 ? offset : seg.start;
  const startLine = lines.position(contentStart).line;
  const where = { file: source.name, document: index };
  let value = null;
  if (offset >= 0) {
    if (group.some((e) => e.type === EVENT_ID.ALIAS)) {
      const size = expandedSize(group, text, { nodes: LIMITS.maxExpandedNodes, bytes: LIMITS.maxExpandedBytes });
      const over = size.nodes > LIMITS.maxExpandedNodes ? `more than ${LIMITS.maxExpandedNodes.toLocaleString("en-US")} nodes` : size.bytes > LIMITS.maxExpandedBytes ? `more than ${LIMITS.maxExpandedBytes / 1024 / 1024} MiB of scalars` : null;
      if (over !== null) {
        throw new KubeInjectError("yaml-hostile", `document expands to ${over} through aliases; refusing it`, { ...where, ...lines.position(contentStart) });
      }
    }
    const merges = text.slice(seg.start, seg.end).includes("<<");
    if (merges) {
      const dup = findDuplicateKey(group, text);
      if (dup >= 0) throw new KubeInjectError("yaml", "invalid YAML: duplicated mapping key", { ...where, ...lines.position(dup) });
    }
    try {
      value = constructFromEvents(group, { source: text, filename: source.name, schema: KUBE_SCHEMA, maxAliases: LIMITS.maxAliases, json: merges })[0] ?? null;
    } catch (e) {
      throw yamlError(e, source.name, lines).locate(where);
    }
  }
  const first = text[contentStart];
  return {
    source,
    index,
    start: seg.start,
    end: seg.end,
    startLine,
    value,
    empty: offset < 0,
    format: first === "{" || first === "[" ? "json" : "yaml",
    eol: text.slice(seg.start, seg.end).includes("\r\n") ? "\r\n" : "\n",
    contentStart,
    locate: createLocator(source.text, seg.start, seg.end, lines)
  };
}
function yamlError(e, file, lines) {
  if (e instanceof KubeInjectError) return e;
  if (e instanceof YAMLException) {
    const mark = e.mark;
    const pos = mark ? lines.position(mark.position) : {};
    return new KubeInjectError("yaml", `invalid YAML: ${e.reason}`, { file, ...pos }, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new KubeInjectError("yaml", `invalid YAML: ${message}`, { file }, { cause: e });
}

export {
  splitStream
};
