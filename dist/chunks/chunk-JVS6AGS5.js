import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  createHash
} from "./chunk-M2RPVSAC.js";
import {
  DEFAULT_PROXY_CONFIG,
  KUBE_SCHEMA,
  TEMPLATES_ANNOTATION,
  jsonDepthError,
  load,
  parseBlockYaml
} from "./chunk-MRUMKARZ.js";
import {
  KubeInjectError,
  PROXY_CONTAINER,
  goTrimSpace,
  isMap,
  joinPointer,
  setOwn
} from "./chunk-66ALYMBE.js";

// src/gotemplate/errors.ts
var TemplateError = class extends KubeInjectError {
  phase;
  /** Name given to `parseTemplate` (the source of the text). */
  templateName;
  /** Name of the (possibly `define`d) template that was executing, for exec errors. */
  executing;
  templateLine;
  templateColumn;
  /** The bare message without location prefix. */
  detail;
  constructor(phase, templateName, line, column, detail, executing, context, options) {
    const where = `template: ${templateName}:${line}:${column}: `;
    const msg = phase === "exec" ? `${where}executing "${executing ?? templateName}"${context !== void 0 ? ` at <${context}>` : ""}: ${detail}` : where + detail;
    super("template", msg, {}, options);
    this.name = "TemplateError";
    this.phase = phase;
    this.templateName = templateName;
    this.executing = executing;
    this.templateLine = line;
    this.templateColumn = column;
    this.detail = detail;
  }
};
var ExecFailure = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExecFailure";
  }
};
function lineCol(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/gotemplate/fields.ts
var hasOwn = Object.prototype.hasOwnProperty;
function isMap2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
var jsonNameCache = /* @__PURE__ */ new Map();
function goFieldToJsonName(name) {
  let j = jsonNameCache.get(name);
  if (j !== void 0) return j;
  let n = 0;
  while (n < name.length && name[n] >= "A" && name[n] <= "Z") n++;
  if (n === 0) j = name;
  else if (n === name.length) j = name.toLowerCase();
  else if (n === 1) j = name[0].toLowerCase() + name.slice(1);
  else {
    const next = name[n];
    const keep = next >= "a" && next <= "z" ? n - 1 : n;
    j = name.slice(0, keep).toLowerCase() + name.slice(keep);
  }
  if (jsonNameCache.size < 1e4) jsonNameCache.set(name, j);
  return j;
}
var goJsonFieldResolver = (receiver, name) => {
  if (isMap2(receiver)) {
    const j = goFieldToJsonName(name);
    if (hasOwn.call(receiver, j)) return receiver[j];
    const simple = name[0].toLowerCase() + name.slice(1);
    if (simple !== j && hasOwn.call(receiver, simple)) return receiver[simple];
    if (name.length > 3 && name.startsWith("Get") && name[3] >= "A" && name[3] <= "Z") {
      const f = goJsonFieldResolver(receiver, name.slice(3));
      return f === void 0 ? null : f;
    }
    return void 0;
  }
  if (receiver === null || receiver === void 0) {
    return name.startsWith("Get") ? null : void 0;
  }
  if (name === "GetValue" && typeof receiver !== "object") return receiver;
  if (name === "String" && typeof receiver === "string") return receiver;
  return void 0;
};

// src/gotemplate/format.ts
function goTypeName(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "function":
      return "func";
    case "undefined":
      return "<nil>";
  }
  if (v === null) return "<nil>";
  return Array.isArray(v) ? "[]interface {}" : "map[string]interface {}";
}
function formatFloat(f, fmt, prec = -1) {
  if (prec < 0 && fmt !== "e" && Number.isInteger(f) && f < 1e6 && f > -1e6 && !Object.is(f, -0)) return String(f);
  if (Number.isNaN(f)) return "NaN";
  if (f === Infinity) return "+Inf";
  if (f === -Infinity) return "-Inf";
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  let digits;
  let dp;
  if (a === 0) {
    digits = "0";
    dp = 1;
  } else if (prec < 0) {
    const s = a.toExponential();
    const eIdx = s.indexOf("e");
    digits = s.slice(0, eIdx).replace(".", "");
    dp = Number(s.slice(eIdx + 1)) + 1;
  } else {
    const s = a.toExponential(100);
    const eIdx = s.indexOf("e");
    const all = s.slice(0, eIdx).replace(".", "");
    dp = Number(s.slice(eIdx + 1)) + 1;
    const keep = fmt === "e" ? prec + 1 : fmt === "g" ? Math.max(prec, 1) : dp + prec;
    [digits, dp] = roundDigits(all, dp, keep);
  }
  let out;
  if (fmt === "f") {
    out = fmtF(digits, dp, prec < 0 ? Math.max(digits.length - dp, 0) : prec);
  } else if (fmt === "e") {
    out = fmtE(digits, dp, prec < 0 ? digits.length - 1 : prec);
  } else {
    let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
    if (prec >= 0) {
      digits = digits.replace(/0+$/, "") || "0";
      if (eprec > digits.length && digits.length >= dp) eprec = digits.length;
    }
    const exp = dp - 1;
    if (a !== 0 && (exp < -4 || exp >= eprec)) out = fmtE(digits, dp, digits.length - 1);
    else out = fmtF(digits, dp, Math.max(digits.length - dp, 0));
  }
  return neg ? "-" + out : out;
}
function roundDigits(all, dp, keep) {
  if (keep < 0) return ["0", dp];
  if (keep >= all.length) return [all, dp];
  const next = all.charCodeAt(keep) - 48;
  const rest = all.slice(keep + 1);
  const prevOdd = keep > 0 && (all.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || next === 5 && (/[1-9]/.test(rest) || prevOdd);
  let d = all.slice(0, keep);
  if (!up) return [d.length === 0 ? "0" : d, dp];
  let i = d.length - 1;
  while (i >= 0 && d[i] === "9") i--;
  if (i < 0) return ["1" + "0".repeat(d.length), dp + 1];
  d = d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + "0".repeat(d.length - i - 1);
  return [d, dp];
}
function fmtE(digits, dp, prec) {
  let s = digits[0];
  if (prec > 0) s += "." + digits.slice(1, 1 + prec).padEnd(prec, "0");
  const exp = digits === "0" ? 0 : dp - 1;
  const ae = Math.abs(exp);
  return s + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" + ae : String(ae));
}
function fmtF(digits, dp, prec) {
  let s = dp > 0 ? dp >= digits.length ? digits + "0".repeat(dp - digits.length) : digits.slice(0, dp) : "0";
  if (prec > 0) {
    s += ".";
    for (let i = 0; i < prec; i++) {
      const j = dp + i;
      s += j >= 0 && j < digits.length ? digits[j] : "0";
    }
  }
  return s;
}
var NON_PRINT = /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/u;
function quoteGo(s, q = '"') {
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c >= 32 && c < 127) out += ch;
    else if (c >= 128 && !NON_PRINT.test(ch)) out += ch;
    else if (c === 7) out += "\\a";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 11) out += "\\v";
    else if (c < 32 || c === 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c >= 55296 && c <= 57343) out += "\\ufffd";
    else if (c < 65536) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + q;
}
function sortedKeys(o) {
  return Object.keys(o).sort(compareStrings);
}
function compareStrings(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      const xs = x >= 55296 && x <= 57343 ? x + 65536 : x;
      const ys = y >= 55296 && y <= 57343 ? y + 65536 : y;
      return xs < ys ? -1 : 1;
    }
  }
  return a.length - b.length;
}
function formatValue(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "number":
      return formatFloat(v, "g");
    case "bigint":
    case "boolean":
      return String(v);
    case "undefined":
      return "<nil>";
    case "function":
      return "0x0";
  }
  if (v === null) return "<nil>";
  if (Array.isArray(v)) {
    let s2 = "[";
    for (let i = 0; i < v.length; i++) s2 += (i > 0 ? " " : "") + formatValue(v[i]);
    return s2 + "]";
  }
  const o = v;
  let s = "map[";
  let first = true;
  for (const k of sortedKeys(o)) {
    s += (first ? "" : " ") + k + ":" + formatValue(o[k]);
    first = false;
  }
  return s + "]";
}
function sprint(args) {
  let s = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== "string" && typeof args[i - 1] !== "string") s += " ";
    s += formatValue(a);
  }
  return s;
}
function sprintln(args) {
  return args.map(formatValue).join(" ") + "\n";
}

// src/gotemplate/printf.ts
var cache = /* @__PURE__ */ new Map();
function parseFormat(format) {
  const hit = cache.get(format);
  if (hit !== void 0) return hit;
  const pieces = [];
  let lit = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      lit += c;
      continue;
    }
    const spec = { minus: false, plus: false, sharp: false, space: false, zero: false, width: -1, prec: -1, verb: "" };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === "-") spec.minus = true;
      else if (f === "+") spec.plus = true;
      else if (f === "#") spec.sharp = true;
      else if (f === " ") spec.space = true;
      else if (f === "0") spec.zero = true;
      else break;
    }
    let w = "";
    while (i < format.length && format[i] >= "0" && format[i] <= "9") w += format[i++];
    if (w !== "") spec.width = Number(w);
    if (format[i] === ".") {
      i++;
      let p = "";
      while (i < format.length && format[i] >= "0" && format[i] <= "9") p += format[i++];
      spec.prec = p === "" ? 0 : Number(p);
    }
    if (i >= format.length) {
      lit += "%!(NOVERB)";
      break;
    }
    spec.verb = format[i];
    if (spec.verb === "%") {
      lit += "%";
      continue;
    }
    if (lit !== "") pieces.push(lit);
    lit = "";
    pieces.push(spec);
  }
  if (lit !== "") pieces.push(lit);
  if (cache.size < 1e3) cache.set(format, pieces);
  return pieces;
}
function sprintf(format, args) {
  let out = "";
  let argi = 0;
  for (const p of parseFormat(format)) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    if (argi >= args.length) {
      out += `%!${p.verb}(MISSING)`;
      continue;
    }
    out += formatArg(p, args[argi++]);
  }
  if (argi < args.length) {
    out += "%!(EXTRA ";
    out += args.slice(argi).map((a) => a === null || a === void 0 ? "<nil>" : `${goTypeName(a)}=${formatValue(a)}`).join(", ");
    out += ")";
  }
  return out;
}
function bad(spec, v) {
  if (v === null || v === void 0) return `%!${spec.verb}(<nil>)`;
  return `%!${spec.verb}(${goTypeName(v)}=${formatValue(v)})`;
}
function pad(spec, s, numeric) {
  if (spec.width < 0 || s.length >= spec.width) return s;
  const n = spec.width - [...s].length;
  if (n <= 0) return s;
  if (spec.minus) return s + " ".repeat(n);
  if (spec.zero && numeric) {
    const sign = s[0] === "-" || s[0] === "+" ? s[0] : "";
    return sign + "0".repeat(n) + s.slice(sign.length);
  }
  return " ".repeat(n) + s;
}
function signed(spec, s) {
  if (s[0] === "-") return s;
  if (spec.plus) return "+" + s;
  if (spec.space) return " " + s;
  return s;
}
function formatArg(spec, v) {
  const verb = spec.verb;
  if (verb === "T") return pad(spec, goTypeName(v), false);
  if (v === null || v === void 0) return verb === "v" ? pad(spec, "<nil>", false) : bad(spec, v);
  if (typeof v === "object") {
    if (Array.isArray(v)) return "[" + v.map((e) => formatArg({ ...spec, width: spec.width }, e)).join(" ") + "]";
    const o = v;
    return "map[" + sortedKeys(o).map((k) => `${formatArg(spec, k)}:${formatArg(spec, o[k])}`).join(" ") + "]";
  }
  switch (typeof v) {
    case "string":
      return formatString(spec, v);
    case "bigint":
      return formatInt(spec, v);
    case "number":
      return formatFloatArg(spec, v);
    case "boolean":
      return verb === "v" || verb === "t" ? pad(spec, String(v), false) : bad(spec, v);
    default:
      return verb === "v" || verb === "p" ? "0x0" : bad(spec, v);
  }
}
function formatString(spec, s) {
  switch (spec.verb) {
    case "v":
    case "s":
      return pad(spec, spec.prec >= 0 ? [...s].slice(0, spec.prec).join("") : s, false);
    case "q":
      return pad(spec, spec.sharp && !s.includes("`") ? "`" + s + "`" : quoteGo(s), false);
    case "x":
    case "X": {
      let h = Buffer.from(s, "utf8").toString("hex");
      if (spec.verb === "X") h = h.toUpperCase();
      return pad(spec, h, false);
    }
    default:
      return bad(spec, s);
  }
}
function formatInt(spec, n) {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let s;
  switch (spec.verb) {
    case "v":
    case "d":
      s = a.toString(10);
      break;
    case "x":
      s = (spec.sharp ? "0x" : "") + a.toString(16);
      break;
    case "X":
      s = (spec.sharp ? "0X" : "") + a.toString(16).toUpperCase();
      break;
    case "o":
      s = (spec.sharp ? "0" : "") + a.toString(8);
      break;
    case "O":
      s = "0o" + a.toString(8);
      break;
    case "b":
      s = a.toString(2);
      break;
    case "c":
      return pad(spec, String.fromCodePoint(Number(n)), false);
    case "q":
      return pad(spec, quoteGo(String.fromCodePoint(Number(n)), "'"), false);
    case "U":
      return pad(spec, "U+" + a.toString(16).toUpperCase().padStart(4, "0"), false);
    case "e":
    case "f":
    case "g":
    case "s":
    case "t":
    default:
      return bad(spec, n);
  }
  if (spec.prec >= 0) s = s.padStart(spec.prec, "0");
  return pad(spec, signed(spec, neg ? "-" + s : s), spec.prec < 0);
}
function formatFloatArg(spec, f) {
  let s;
  switch (spec.verb) {
    case "v":
    case "g":
      s = formatFloat(f, "g", spec.prec);
      break;
    case "G":
      s = formatFloat(f, "g", spec.prec).toUpperCase();
      break;
    case "e":
      s = formatFloat(f, "e", spec.prec < 0 ? 6 : spec.prec);
      break;
    case "E":
      s = formatFloat(f, "e", spec.prec < 0 ? 6 : spec.prec).toUpperCase();
      break;
    case "f":
    case "F":
      s = formatFloat(f, "f", spec.prec < 0 ? 6 : spec.prec);
      break;
    default:
      return bad(spec, f);
  }
  if (Number.isFinite(f)) s = signed(spec, s);
  else if (s === "NaN" && (spec.plus || spec.space)) s = (spec.plus ? "+" : " ") + s;
  else if (s === "+Inf" && spec.space && !spec.plus) s = " Inf";
  return pad(spec, s, Number.isFinite(f));
}

// src/gotemplate/values.ts
function isTrue(v) {
  switch (typeof v) {
    case "boolean":
      return v;
    case "string":
      return v.length > 0;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "undefined":
      return false;
    case "function":
      return true;
  }
  if (v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const _ in v) return true;
  return false;
}
function goKind(v) {
  switch (typeof v) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "function":
      return "func";
    case "undefined":
      return "invalid";
  }
  if (v === null) return "invalid";
  return Array.isArray(v) ? "slice" : "map";
}
function goLen(v) {
  if (typeof v === "string") return utf8Length(v);
  if (Array.isArray(v)) return v.length;
  if (isMap2(v)) return Object.keys(v).length;
  return void 0;
}
function utf8Length(s) {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return Buffer.byteLength(s, "utf8");
  return s.length;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if ((a === null || a === void 0) && (b === null || b === void 0)) return true;
  if (typeof a !== typeof b || typeof a !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const bo = b;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(bo, k)) return false;
    if (!deepEqual(a[k], bo[k])) return false;
  }
  return true;
}

// src/gotemplate/builtins.ts
function variadic(fn) {
  return Object.assign(fn, { variadic: true });
}
var fail = (msg) => {
  throw new ExecFailure(msg);
};
function index(item, ...indexes) {
  let cur = item;
  for (const ix of indexes) {
    if (cur === null || cur === void 0) return void 0;
    if (Array.isArray(cur) || typeof cur === "string") {
      const len = Array.isArray(cur) ? cur.length : cur.length;
      const x = indexArg(ix, len);
      if (typeof cur === "string") {
        const bytes = Buffer.from(cur, "utf8");
        if (x >= bytes.length) fail(`index out of range: ${x}`);
        cur = BigInt(bytes[x]);
      } else cur = cur[x];
    } else if (isMap2(cur)) {
      if (ix === null || ix === void 0) fail("value is nil; should be of type string");
      if (typeof ix !== "string") fail(`value has type ${goTypeName(ix)}; should be string`);
      cur = Object.prototype.hasOwnProperty.call(cur, ix) ? cur[ix] : void 0;
    } else {
      fail(`can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}
function indexArg(ix, len) {
  if (ix === null || ix === void 0) fail("cannot index slice/array with nil");
  if (typeof ix !== "bigint") fail(`cannot index slice/array with type ${goTypeName(ix)}`);
  const x = ix;
  if (x < 0n || x >= BigInt(len)) fail(`index out of range: ${x}`);
  return Number(x);
}
function slice(item, ...indexes) {
  if (item === null || item === void 0) fail("slice of untyped nil");
  if (indexes.length > 3) fail(`too many slice indexes: ${indexes.length}`);
  if (typeof item === "string") {
    if (indexes.length === 3) fail("cannot 3-index slice a string");
    const bytes = Buffer.from(item, "utf8");
    const [lo2, hi2] = sliceBounds(indexes, bytes.length);
    return bytes.subarray(lo2, hi2).toString("utf8");
  }
  if (!Array.isArray(item)) return fail(`can't slice item of type ${goTypeName(item)}`);
  const [lo, hi] = sliceBounds(indexes, item.length);
  return item.slice(lo, hi);
}
function sliceBounds(indexes, len) {
  const ix = indexes.map((i) => {
    if (typeof i !== "bigint") return fail(`cannot index slice/array with type ${goTypeName(i)}`);
    if (i < 0n || i > BigInt(len)) fail(`index out of range: ${i}`);
    return Number(i);
  });
  const lo = ix[0] ?? 0;
  const hi = ix[1] ?? len;
  if (lo > hi) fail(`invalid slice index: ${lo} > ${hi}`);
  if (ix[2] !== void 0 && hi > ix[2]) fail(`invalid slice index: ${hi} > ${ix[2]}`);
  return [lo, hi];
}
function basicKind(v) {
  switch (typeof v) {
    case "boolean":
      return "bool";
    case "bigint":
      return "int";
    case "number":
      return "float";
    case "string":
      return "string";
    case "undefined":
      return "nil";
  }
  return v === null ? "nil" : "other";
}
function eq(arg1, ...arg2) {
  if (arg2.length === 0) fail("missing argument for comparison");
  const k1 = basicKind(arg1);
  for (const a of arg2) {
    const k2 = basicKind(a);
    if (k1 !== k2) {
      if (k1 !== "nil" && k2 !== "nil") fail("incompatible types for comparison");
      continue;
    }
    if (k1 === "nil") return true;
    if (k1 === "other") fail(`non-comparable type ${formatValue(arg1)}: ${goTypeName(arg1)}`);
    if (arg1 === a) return true;
  }
  return false;
}
function lt(a, b) {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === "nil" || k1 === "other" || k2 === "nil" || k2 === "other") fail("invalid type for comparison");
  if (k1 !== k2) fail("incompatible types for comparison");
  if (k1 === "bool") fail("invalid type for comparison");
  if (k1 === "string") return compareStrings(a, b) < 0;
  return a < b;
}
var le = (a, b) => lt(a, b) || eq(a, b);
function evalArgsString(args) {
  if (args.length === 1 && typeof args[0] === "string") return args[0];
  return sprint(args);
}
function htmlEscape(s) {
  return s.replace(
    /[\0"'&<>]/g,
    (c) => c === "\0" ? "\uFFFD" : c === '"' ? "&#34;" : c === "'" ? "&#39;" : c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"
  );
}
function jsEscape(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === "<") out += "\\u003C";
    else if (ch === ">") out += "\\u003E";
    else if (ch === "&") out += "\\u0026";
    else if (ch === "=") out += "\\u003D";
    else if (c < 32) out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
    else if (c < 128) out += ch;
    else if (quoteGo(ch).length === 2 + ch.length) out += ch;
    else out += "\\u" + c.toString(16).toUpperCase().padStart(4, "0");
  }
  return out;
}
function urlQueryEscape(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var BUILTINS = {
  and: variadic((_a, ..._rest) => void 0),
  or: variadic((_a, ..._rest) => void 0),
  not: (a) => !isTrue(a),
  len: (a) => {
    if (a === null || a === void 0) return fail("len of nil pointer");
    const n = goLen(a);
    return n === void 0 ? fail(`len of type ${goTypeName(a)}`) : BigInt(n);
  },
  index: variadic(index),
  slice: variadic(slice),
  print: variadic((...args) => sprint(args)),
  println: variadic((...args) => sprintln(args)),
  printf: variadic((format, ...args) => {
    if (typeof format !== "string") return fail(`wrong type for value; expected string; got ${goTypeName(format)}`);
    return sprintf(format, args);
  }),
  eq: variadic(eq),
  ne: (a, b) => !eq(a, b),
  lt,
  le,
  gt: (a, b) => !le(a, b),
  ge: (a, b) => !lt(a, b),
  call: variadic((fn, ...args) => {
    if (typeof fn !== "function") return fail(`non-function of type ${goTypeName(fn)}`);
    return fn(...args);
  }),
  html: variadic((...args) => htmlEscape(evalArgsString(args))),
  js: variadic((...args) => jsEscape(evalArgsString(args))),
  urlquery: variadic((...args) => urlQueryEscape(evalArgsString(args)))
};

// src/gotemplate/tree.ts
function deserializeTree(json, text, funcs) {
  let file;
  try {
    file = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (file.text !== text) return void 0;
  const names = [...new Set(funcs)].sort();
  if (!Array.isArray(file.funcs) || file.funcs.length !== names.length || file.funcs.some((f, i) => f !== names[i])) return void 0;
  for (const n of file.numbers) {
    let node = file.defs;
    for (let i = 0; i < n.at.length - 1; i++) node = node[n.at[i]];
    node[n.at[n.at.length - 1]] = n.int !== void 0 ? BigInt(n.int) : n.float === "-0" ? -0 : Number(n.float);
  }
  return new Map(file.defs);
}

// src/gotemplate/budget.ts
var DEFAULT_BUDGET = Object.freeze({
  maxSteps: 1e7,
  maxOutputBytes: 16 * 1024 * 1024,
  maxListLength: 1e6
});
var count = (n) => n.toLocaleString("en-US");
function sizeText(bytes) {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${count(bytes)} bytes`;
}
var stepsExceeded = (b) => `template execution budget exceeded: more than ${count(b.maxSteps)} steps (commands, loop iterations and template calls)`;
var outputExceeded = (b) => `template execution budget exceeded: more than ${sizeText(b.maxOutputBytes)} of output`;
var stringExceeded = (b) => `result longer than the template output budget of ${sizeText(b.maxOutputBytes)}`;
var listExceeded = (b, length) => `a list of ${count(length)} elements is longer than the ${count(b.maxListLength)} a template may build`;

// src/gotemplate/exec-calls.ts
var MISSING = /* @__PURE__ */ Symbol("missing");
var hasOwn2 = Object.prototype.hasOwnProperty;
function withinBudget(s, v, name) {
  if (typeof v === "string") {
    if (v.length > s.budget.maxOutputBytes) throw new ExecFailure(`error calling ${name}: ${stringExceeded(s.budget)}`);
  } else if (Array.isArray(v) && v.length > s.budget.maxListLength) throw new ExecFailure(`error calling ${name}: ${listExceeded(s.budget, v.length)}`);
  return v;
}
function fieldLookup(name, resolver) {
  const miss = (recv) => {
    const v = resolver === void 0 ? void 0 : resolver(recv, name);
    if (v === void 0 && recv !== null && recv !== void 0 && !isMap2(recv))
      throw new ExecFailure(`can't evaluate field ${name} in type ${goTypeName(recv)}`);
    return typeof v === "function" ? new Method(v) : v;
  };
  const safe = !(name in Object.prototype);
  if (resolver === goJsonFieldResolver) {
    const j = goFieldToJsonName(name);
    const jSafe = !(j in Object.prototype);
    return (recv) => {
      if (typeof recv === "object" && recv !== null && !Array.isArray(recv)) {
        const o = recv;
        if (safe) {
          const v = o[name];
          if (v !== void 0) return v;
        } else if (hasOwn2.call(o, name)) return o[name];
        if (jSafe) {
          const v = o[j];
          if (v !== void 0) return v;
        } else if (hasOwn2.call(o, j)) return o[j];
      }
      return miss(recv);
    };
  }
  return (recv) => {
    if (typeof recv === "object" && recv !== null && !Array.isArray(recv)) {
      const o = recv;
      if (safe) {
        const v = o[name];
        if (v !== void 0) return v;
      } else if (hasOwn2.call(o, name)) return o[name];
    }
    return miss(recv);
  };
}
var Method = class {
  constructor(fn) {
    this.fn = fn;
  }
  fn;
};
function callMethod(name, fn, args, s, dot, final) {
  const argv = [];
  for (const a of args) argv.push(nilIfUndefined(a(s, dot)));
  if (final !== MISSING) argv.push(nilIfUndefined(final));
  try {
    return fn(...argv);
  } catch (e) {
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}
function nilIfUndefined(v) {
  return v === void 0 ? null : v;
}
function makeCall(name, fn, args) {
  const want = fn.length;
  const isVariadic = fn.variadic === true;
  const checkArity = (got) => {
    if (isVariadic ? got < want : got !== want)
      throw new ExecFailure(`wrong number of args for ${name}: want ${isVariadic ? "at least " : ""}${want} got ${got}`);
  };
  if (fn === BUILTINS["and"] || fn === BUILTINS["or"]) {
    const isOr = fn === BUILTINS["or"];
    return (s, dot, final) => {
      checkArity(args.length + (final === MISSING ? 0 : 1));
      let v;
      for (let i = 0; i < args.length; i++) {
        v = args[i](s, dot);
        if (isTrue(v) === isOr) return v;
      }
      return final === MISSING ? v : final;
    };
  }
  const n = args.length;
  const failCall = (e) => {
    if (e instanceof TemplateError) throw e;
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  };
  const general = (s, dot, final) => {
    const got = n + (final === MISSING ? 0 : 1);
    if (got !== want || isVariadic) checkArity(got);
    let v;
    if (got <= 3) {
      const a = n > 0 ? nilIfUndefined(args[0](s, dot)) : nilIfUndefined(final);
      const b = n > 1 ? nilIfUndefined(args[1](s, dot)) : n === 1 ? nilIfUndefined(final) : void 0;
      const c = n > 2 ? nilIfUndefined(args[2](s, dot)) : n === 2 ? nilIfUndefined(final) : void 0;
      try {
        v = got === 0 ? fn() : got === 1 ? fn(a) : got === 2 ? fn(a, b) : fn(a, b, c);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    }
    const argv = new Array(got);
    for (let i = 0; i < n; i++) argv[i] = nilIfUndefined(args[i](s, dot));
    if (final !== MISSING) argv[n] = nilIfUndefined(final);
    try {
      v = fn(...argv);
    } catch (e) {
      return failCall(e);
    }
    return withinBudget(s, v, name);
  };
  const a0 = args[0];
  const a1 = args[1];
  if (n === 1 && want === 1 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0(s, dot));
      let v;
      try {
        v = fn(x);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  if (n === 2 && want === 2 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0(s, dot));
      const y = nilIfUndefined(a1(s, dot));
      let v;
      try {
        v = fn(x, y);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  return general;
}

// src/gotemplate/exec.ts
var MAX_DEPTH = 2e3;
function isStackOverflow(e) {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
var Compiler = class {
  constructor(source, text, funcs, resolver) {
    this.source = source;
    this.text = text;
    this.funcs = funcs;
    this.resolver = resolver;
  }
  source;
  text;
  funcs;
  resolver;
  compiled = /* @__PURE__ */ new Map();
  current = "";
  compileAll(defs) {
    for (const d of defs.values()) {
      this.current = d.name;
      this.compiled.set(d.name, { name: d.name, slots: d.slots, run: this.list(d.root) });
    }
    return this.compiled;
  }
  // ---- errors
  fail(e, pos, src, tmpl, withContext = true) {
    if (e instanceof TemplateError) throw e;
    const { line, column } = lineCol(this.text, pos);
    const msg = e instanceof Error ? e.message : String(e);
    throw new TemplateError("exec", this.source, line, column, msg, tmpl, withContext ? src : void 0, { cause: e });
  }
  /** One step of the budget; past it, an error at `pos`. */
  step(s, pos, src, tmpl) {
    if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), pos, src, tmpl);
  }
  // ---- statements
  list(l) {
    const parts = l.nodes.map((n) => this.stmt(n));
    if (parts.length === 1) return parts[0];
    return (s, dot) => {
      for (let i = 0; i < parts.length; i++) {
        const r = parts[i](s, dot);
        if (r !== 0) return r;
      }
      return 0;
    };
  }
  stmt(n) {
    switch (n.kind) {
      case "list":
        return this.list(n);
      case "text": {
        const t = n.text;
        const bytes = utf8Length(t);
        const tmpl = this.current;
        return (s) => {
          s.out += t;
          if ((s.outBytes += bytes) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, "", tmpl, false);
          return 0;
        };
      }
      case "action": {
        const extend = this.appendInPlace(n.pipe);
        if (extend) return extend;
        const p = this.pipe(n.pipe);
        if (n.pipe.decl.length > 0)
          return (s, dot) => {
            p(s, dot);
            return 0;
          };
        const tmpl = this.current;
        return (s, dot) => {
          const v = p(s, dot);
          const text = typeof v === "string" ? v : v === null || v === void 0 ? "<no value>" : formatValue(v);
          s.out += text;
          if ((s.outBytes += utf8Length(text)) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, n.pipe.src, tmpl);
          return 0;
        };
      }
      case "if":
      case "with": {
        const p = this.pipe(n.pipe);
        const body = this.list(n.list);
        const alt = n.elseList ? this.list(n.elseList) : void 0;
        const isWith = n.kind === "with";
        return (s, dot) => {
          const v = p(s, dot);
          if (isTrue(v)) return body(s, isWith ? v : dot);
          return alt ? alt(s, dot) : 0;
        };
      }
      case "range":
        return this.range(n.pipe, n.list, n.elseList);
      case "template":
        return this.templateCall(n.name, n.pipe, n.pos);
      case "break":
        return () => 1;
      case "continue":
        return () => 2;
    }
  }
  range(pipeNode, listNode, elseNode) {
    const p = this.pipe(pipeNode);
    const body = this.list(listNode);
    const alt = elseNode ? this.list(elseNode) : void 0;
    const decl = pipeNode.decl;
    const keySlot = decl.length === 2 ? decl[0].slot : -1;
    const elemSlot = decl.length === 2 ? decl[1].slot : decl.length === 1 ? decl[0].slot : -1;
    const tmpl = this.current;
    const iter = (s, key, elem) => {
      this.step(s, pipeNode.pos, pipeNode.src, tmpl);
      if (keySlot >= 0) s.frame[keySlot] = key;
      if (elemSlot >= 0) s.frame[elemSlot] = elem;
      return body(s, elem);
    };
    return (s, dot) => {
      const v = p(s, dot);
      let count2 = 0;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          count2++;
          if (iter(s, BigInt(i), v[i]) === 1) break;
        }
      } else if (isMap2(v)) {
        for (const k of sortedKeys(v)) {
          count2++;
          if (iter(s, k, v[k]) === 1) break;
        }
      } else if (typeof v === "bigint") {
        if (keySlot >= 0) this.fail(new ExecFailure(`can't use ${v} to iterate over more than one variable`), pipeNode.pos, pipeNode.src, tmpl);
        for (let i = 0n; i < v; i++) {
          count2++;
          if (iter(s, i, i) === 1) break;
        }
      } else if (v !== null && v !== void 0) {
        this.fail(new ExecFailure(`range can't iterate over ${formatValue(v)}`), pipeNode.pos, pipeNode.src, tmpl);
      }
      if (count2 === 0 && alt) return alt(s, dot);
      return 0;
    };
  }
  templateCall(name, pipeNode, pos) {
    const p = pipeNode ? this.pipe(pipeNode) : void 0;
    const tmpl = this.current;
    const src = `{{template ${JSON.stringify(name)}${pipeNode ? " " + pipeNode.src : ""}}}`;
    let target;
    return (s, dot) => {
      target ??= this.compiled.get(name);
      if (target === void 0) this.fail(new ExecFailure(`template ${JSON.stringify(name)} not defined`), pos, src, tmpl);
      if (s.depth >= MAX_DEPTH) this.fail(new ExecFailure(`exceeded maximum template depth (${MAX_DEPTH})`), pos, src, tmpl);
      this.step(s, pos, src, tmpl);
      const data = p ? p(s, dot) : void 0;
      const saved = s.frame;
      s.frame = new Array(target.slots);
      s.frame[0] = data;
      s.depth++;
      try {
        target.run(s, data);
      } catch (e) {
        if (isStackOverflow(e)) this.fail(new ExecFailure(`exceeded the call stack at template depth ${s.depth}: templates call and nest too deep`), pos, src, tmpl);
        throw e;
      } finally {
        s.depth--;
        s.frame = saved;
      }
      return 0;
    };
  }
  /**
   * `{{ $x = f $x … }}` for a function with `inPlace` (see TemplateFunction): when `$x` alone
   * holds its list, the list is extended where it is; otherwise `f` is called and the new list
   * it returns is owned by `$x`. Undefined for any other statement.
   */
  appendInPlace(n) {
    if (!n.isAssign || n.decl.length !== 1 || n.cmds.length !== 1) return void 0;
    const cmd = n.cmds[0];
    const [head, target, ...restNodes] = cmd.args;
    if (head?.kind !== "identifier" || target?.kind !== "variable" || target.idents.length > 0) return void 0;
    const slot = n.decl[0].slot;
    if (target.ref.slot !== slot) return void 0;
    const fn = Object.hasOwn(this.funcs, head.name) ? this.funcs[head.name] : void 0;
    const extend = fn?.inPlace;
    if (fn === void 0 || extend === void 0 || fn.variadic === true || fn.length !== 1 + restNodes.length) return void 0;
    const rest = restNodes.map((a) => this.arg(a));
    const name = head.name;
    const tmpl = this.current;
    return (s, dot) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), cmd.pos, cmd.src, tmpl);
      try {
        const cur = s.frame[slot];
        const args = rest.map((a) => nilIfUndefined(a(s, dot)));
        if (Array.isArray(cur) && s.owned.has(cur) && cur.length < s.budget.maxListLength) {
          extend(cur, ...args);
          return 0;
        }
        let v;
        try {
          v = fn(nilIfUndefined(cur), ...args);
        } catch (e) {
          throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
        v = withinBudget(s, v, name);
        if (Array.isArray(v) && v !== cur) s.owned.add(v);
        s.frame[slot] = v;
      } catch (e) {
        this.fail(e, cmd.pos, cmd.src, tmpl);
      }
      return 0;
    };
  }
  /** Reading variable `slot`: a list it held alone is no longer its own (another value may keep it). */
  readVariable(slot) {
    return (s) => {
      const v = s.frame[slot];
      if (Array.isArray(v)) s.owned.delete(v);
      return v;
    };
  }
  // ---- pipelines and commands
  pipe(n) {
    const cmds = n.cmds.map((c) => this.command(c));
    const decl = n.decl;
    const slot = decl.length > 0 ? decl[0].slot : -1;
    if (cmds.length === 1) {
      const c = cmds[0];
      if (slot < 0) return (s, dot) => c(s, dot, MISSING);
      return (s, dot) => s.frame[slot] = c(s, dot, MISSING);
    }
    return (s, dot) => {
      let v = MISSING;
      for (let i = 0; i < cmds.length; i++) v = cmds[i](s, dot, v);
      if (slot >= 0) s.frame[slot] = v;
      return v;
    };
  }
  command(c) {
    const inner = this.commandInner(c);
    const tmpl = this.current;
    return (s, dot, final) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), c.pos, c.src, tmpl);
      try {
        return inner(s, dot, final);
      } catch (e) {
        return this.fail(e, c.pos, c.src, tmpl);
      }
    };
  }
  commandInner(c) {
    const first = c.args[0];
    const rest = c.args.slice(1);
    switch (first.kind) {
      case "identifier":
        return this.funcCall(first.name, rest);
      case "field":
        return this.fieldChain((_s, dot) => dot, first.idents, rest);
      case "variable": {
        const slot = first.ref.slot;
        if (first.idents.length > 0) return this.fieldChain(this.readVariable(slot), first.idents, rest);
        break;
      }
      case "chain": {
        const base = this.arg(first.node);
        return this.fieldChain(base, first.idents, rest);
      }
      case "nil":
        return () => {
          throw new ExecFailure("nil is not a command");
        };
    }
    const e = this.arg(first);
    const hasArgs = rest.length > 0;
    return (s, dot, final) => {
      if (hasArgs || final !== MISSING) throw new ExecFailure(`can't give argument to non-function ${first.src}`);
      return e(s, dot);
    };
  }
  /** An operand used as an argument (or a lone command word). */
  arg(a) {
    switch (a.kind) {
      case "dot":
        return (_s, dot) => dot;
      case "nil":
        return () => null;
      case "bool":
      case "number":
      case "string": {
        const v = a.value;
        return () => v;
      }
      case "variable": {
        const slot = a.ref.slot;
        if (a.idents.length === 0) return this.readVariable(slot);
        const chain = this.fieldChain(this.readVariable(slot), a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "field": {
        const chain = this.fieldChain((_s, dot) => dot, a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "chain": {
        const chain = this.fieldChain(this.arg(a.node), a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case "identifier": {
        const call = this.funcCall(a.name, []);
        return (s, dot) => call(s, dot, MISSING);
      }
      case "pipe":
        return this.pipe(a);
    }
  }
  fieldChain(base, idents, argNodes) {
    const args = argNodes.map((a) => this.arg(a));
    const lookups = idents.map((name) => fieldLookup(name, this.resolver));
    const last = idents.length - 1;
    if (args.length === 0 && last === 0) {
      const look = lookups[0];
      const name = idents[0];
      return (s, dot, final) => {
        const v = look(base(s, dot));
        if (v instanceof Method) return callMethod(name, v.fn, [], s, dot, final);
        if (final !== MISSING) throw new ExecFailure(`${name} is not a method but has arguments`);
        return v;
      };
    }
    return (s, dot, final) => {
      let recv = base(s, dot);
      for (let i = 0; i <= last; i++) {
        const v = lookups[i](recv);
        if (v instanceof Method) recv = callMethod(idents[i], v.fn, i === last ? args : [], s, dot, i === last ? final : MISSING);
        else if (i === last && (args.length > 0 || final !== MISSING)) throw new ExecFailure(`${idents[i]} is not a method but has arguments`);
        else recv = v;
      }
      return recv;
    };
  }
  funcCall(name, argNodes) {
    const fn = this.funcs[name];
    if (fn === void 0) throw new ExecFailure(`function ${JSON.stringify(name)} not defined`);
    return makeCall(name, fn, argNodes.map((a) => this.arg(a)));
  }
};

// src/gotemplate/lex.ts
var LexError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
var KEYWORDS = /* @__PURE__ */ new Set(["block", "break", "continue", "define", "else", "end", "if", "range", "template", "with"]);
var isSpace = (c) => c === " " || c === "	" || c === "\r" || c === "\n";
var isAlnum = (c) => c !== void 0 && /[\p{L}\p{Nd}_]/u.test(c);
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
function trimRightSpace(s) {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  return s.slice(0, e);
}
function lex(input) {
  const toks = [];
  let i = 0;
  let trimLeading = false;
  const n = input.length;
  while (i < n) {
    let start = i;
    if (trimLeading) {
      while (start < n && isSpace(input[start])) start++;
      trimLeading = false;
    }
    const ld = input.indexOf("{{", start);
    const textEnd = ld < 0 ? n : ld;
    let text = input.slice(start, textEnd);
    const trimBefore = ld >= 0 && input[ld + 2] === "-" && isSpace(input[ld + 3]);
    if (trimBefore) text = trimRightSpace(text);
    if (text.length > 0) toks.push({ type: "text", val: text, pos: start });
    if (ld < 0) {
      i = n;
      break;
    }
    i = ld + 2 + (trimBefore ? 2 : 0);
    if (input.startsWith("/*", i)) {
      const end = input.indexOf("*/", i + 2);
      if (end < 0) throw new LexError("unclosed comment", ld);
      let j = end + 2;
      if (isSpace(input[j]) && input[j + 1] === "-" && input.startsWith("}}", j + 2)) {
        trimLeading = true;
        j += 4;
      } else if (input.startsWith("}}", j)) {
        j += 2;
      } else {
        throw new LexError("comment ends before closing delimiter", ld);
      }
      i = j;
      continue;
    }
    toks.push({ type: "leftDelim", val: "{{", pos: ld });
    i = lexInside(input, i, toks, ld);
    if (toks[toks.length - 1].val === "-}}") trimLeading = true;
  }
  toks.push({ type: "eof", val: "", pos: n });
  return toks;
}
function lexInside(input, i, toks, actionStart) {
  const n = input.length;
  let parenDepth = 0;
  const push = (type, from, to) => {
    toks.push({ type, val: input.slice(from, to), pos: from });
  };
  for (; ; ) {
    if (i >= n) throw new LexError("unclosed action", actionStart);
    const c = input[i];
    if (isSpace(c) && input[i + 1] === "-" && input.startsWith("}}", i + 2)) {
      if (parenDepth > 0) throw new LexError("unclosed left paren", i);
      toks.push({ type: "rightDelim", val: "-}}", pos: i });
      return i + 4;
    }
    if (c === "}" && input[i + 1] === "}") {
      if (parenDepth > 0) throw new LexError("unclosed left paren", i);
      toks.push({ type: "rightDelim", val: "}}", pos: i });
      return i + 2;
    }
    const s = i;
    if (isSpace(c)) {
      while (i < n && isSpace(input[i]) && !(input[i + 1] === "-" && input.startsWith("}}", i + 2))) i++;
      if (i > s) push("space", s, i);
      continue;
    }
    switch (c) {
      case "=":
        push("assign", s, ++i);
        continue;
      case ":":
        if (input[i + 1] !== "=") throw new LexError("expected :=", i);
        i += 2;
        push("declare", s, i);
        continue;
      case "|":
        push("pipe", s, ++i);
        continue;
      case ",":
        push("comma", s, ++i);
        continue;
      case "(":
        parenDepth++;
        push("leftParen", s, ++i);
        continue;
      case ")":
        parenDepth--;
        if (parenDepth < 0) throw new LexError("unexpected right paren", i);
        push("rightParen", s, ++i);
        continue;
      case '"':
        i = endOfQuoted(input, s, '"', "unterminated quoted string");
        push("string", s, i);
        continue;
      case "`": {
        const end = input.indexOf("`", i + 1);
        if (end < 0) throw new LexError("unterminated raw quoted string", s);
        i = end + 1;
        push("rawString", s, i);
        continue;
      }
      case "'":
        i = endOfQuoted(input, s, "'", "unterminated character constant");
        push("char", s, i);
        continue;
      case "$": {
        i++;
        while (isAlnum(input[i])) i++;
        push("variable", s, i);
        checkTerminator(input, i);
        continue;
      }
      case ".": {
        if (isDigit(input[i + 1])) break;
        i++;
        if (!isAlnum(input[i])) {
          push("dot", s, i);
          continue;
        }
        while (isAlnum(input[i])) i++;
        push("field", s, i);
        checkTerminator(input, i);
        continue;
      }
    }
    if (c === "+" || c === "-" || c === "." || isDigit(c)) {
      i = scanNumber(input, i);
      push("number", s, i);
      continue;
    }
    if (isAlnum(c)) {
      while (isAlnum(input[i])) i++;
      const word = input.slice(s, i);
      checkTerminator(input, i);
      if (KEYWORDS.has(word)) push("keyword", s, i);
      else if (word === "true" || word === "false") push("bool", s, i);
      else if (word === "nil") push("nil", s, i);
      else push("identifier", s, i);
      continue;
    }
    throw new LexError(`unrecognized character in action: ${JSON.stringify(c)}`, i);
  }
}
function checkTerminator(input, i) {
  const c = input[i];
  if (c === void 0 || isSpace(c) || ".,|:()".includes(c) || input.startsWith("}}", i)) return;
  throw new LexError(`bad character ${JSON.stringify(c)}`, i);
}
function scanNumber(input, i) {
  const s = i;
  if (input[i] === "+" || input[i] === "-") i++;
  let digits = /[0-9_]/;
  let decimal = true;
  if (input[i] === "0" && /[xXoObB]/.test(input[i + 1] ?? "")) {
    const p = input[i + 1].toLowerCase();
    digits = p === "x" ? /[0-9a-fA-F_]/ : p === "o" ? /[0-7_]/ : /[01_]/;
    decimal = false;
    i += 2;
  }
  const run = (re) => {
    while (i < input.length && re.test(input[i])) i++;
  };
  run(digits);
  if (input[i] === ".") {
    i++;
    run(digits);
  }
  if (decimal && (input[i] === "e" || input[i] === "E")) {
    i++;
    if (input[i] === "+" || input[i] === "-") i++;
    run(/[0-9_]/);
  }
  if (!decimal && digits.source.includes("a-f") && (input[i] === "p" || input[i] === "P")) {
    i++;
    if (input[i] === "+" || input[i] === "-") i++;
    run(/[0-9_]/);
  }
  if (input[i] === "i") i++;
  if (isAlnum(input[i])) throw new LexError(`bad number syntax: ${JSON.stringify(input.slice(s, i + 1))}`, s);
  return i;
}
function endOfQuoted(input, start, quote, unterminated) {
  let i = start + 1;
  for (; ; ) {
    const d = input[i];
    if (d === "\\") {
      i += 2;
      continue;
    }
    if (d === void 0 || d === "\n") throw new LexError(unterminated, start);
    i++;
    if (d === quote) return i;
  }
}

// src/gotemplate/constants.ts
var SIMPLE_ESCAPES = {
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"'
};
function unquote(lit) {
  const q = lit[0];
  if (q === "`") return lit.slice(1, -1).replace(/\r/g, "");
  const body = lit.slice(1, -1);
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === void 0) throw new Error("invalid syntax");
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== void 0) {
      if (e === "'" && q === '"' || e === '"' && q === "'") throw new Error("invalid syntax");
      out += simple;
      continue;
    }
    const hexLen = e === "x" ? 2 : e === "u" ? 4 : e === "U" ? 8 : 0;
    if (hexLen > 0) {
      const h = body.slice(i + 1, i + 1 + hexLen);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hexLen) throw new Error("invalid syntax");
      out += String.fromCodePoint(parseInt(h, 16));
      i += hexLen;
      continue;
    }
    if (e >= "0" && e <= "7") {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o)) throw new Error("invalid syntax");
      out += String.fromCharCode(parseInt(o, 8));
      i += 2;
      continue;
    }
    throw new Error("invalid syntax");
  }
  return out;
}
function numberValue(lit) {
  if (lit[0] === "'") {
    const s = unquote(lit);
    const cp = s.codePointAt(0);
    if (cp === void 0 || String.fromCodePoint(cp) !== s) throw new Error(`malformed character constant: ${lit}`);
    return BigInt(cp);
  }
  if (lit.endsWith("i")) throw new Error(`complex constants are not supported: ${lit}`);
  const t = lit.replace(/_/g, "");
  const neg = t[0] === "-";
  const body = t[0] === "-" || t[0] === "+" ? t.slice(1) : t;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[oO][0-7]+$/.test(body) || /^0[bB][01]+$/.test(body)) {
    const v = BigInt(body.toLowerCase().replace(/^0o/, "0o"));
    return checkInt(neg ? -v : v, lit);
  }
  if (/^0[0-7]+$/.test(body)) return checkInt(BigInt("0o" + body.slice(1)) * (neg ? -1n : 1n), lit);
  if (/^[0-9]+$/.test(body)) return checkInt(BigInt(body) * (neg ? -1n : 1n), lit);
  if (/^[0-9]*\.?[0-9]*([eE][+-]?[0-9]+)?$/.test(body) && /[0-9]/.test(body)) {
    const f = Number(body);
    return neg ? -f : f;
  }
  throw new Error(`illegal number syntax: ${JSON.stringify(lit)}`);
}
function checkInt(v, lit) {
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw new Error(`${lit} overflows int`);
  return v;
}

// src/gotemplate/parse-pipeline.ts
var ParseError = class extends Error {
  constructor(message, pos) {
    super(message);
    this.pos = pos;
  }
  pos;
};
function newScope() {
  return { vars: [{ name: "$", slot: 0 }], slots: 1 };
}
var describe = (t) => {
  switch (t.type) {
    case "eof":
      return "EOF";
    case "rightDelim":
      return '"}}"';
    case "keyword":
      return `<${t.val}>`;
    case "space":
      return "space";
    default:
      return JSON.stringify(t.val);
  }
};
var MAX_NESTING = 1e3;
var PipelineParser = class {
  constructor(text, toks, hasFunction) {
    this.text = text;
    this.toks = toks;
    this.hasFunction = hasFunction;
  }
  text;
  toks;
  hasFunction;
  i = 0;
  scope = { vars: [], slots: 0 };
  nesting = 0;
  /** Runs `parse` one nesting level down; past MAX_NESTING, a parse error at `t`. */
  nested(t, parse2) {
    if (this.nesting >= MAX_NESTING) throw this.err(`template nested more than ${MAX_NESTING} levels deep; the limit is ${MAX_NESTING}`, t);
    this.nesting++;
    try {
      return parse2();
    } finally {
      this.nesting--;
    }
  }
  // ---- tokens
  peek() {
    return this.toks[this.i];
  }
  next() {
    return this.toks[this.i++];
  }
  peekNonSpace() {
    let j = this.i;
    while (this.toks[j].type === "space") j++;
    return this.toks[j];
  }
  nextNonSpace() {
    while (this.toks[this.i].type === "space") this.i++;
    return this.toks[this.i++];
  }
  expect(type, context) {
    const t = this.nextNonSpace();
    if (t.type !== type) throw this.unexpected(t, context);
    return t;
  }
  err(msg, t) {
    return new ParseError(msg, t.pos);
  }
  unexpected(t, context) {
    if (t.type === "eof") return this.err(`unexpected EOF in ${context}`, t);
    return this.err(`unexpected ${describe(t)} in ${context}`, t);
  }
  unquoteTok(t) {
    try {
      return unquote(t.val);
    } catch {
      throw this.err(`malformed string: ${t.val}`, t);
    }
  }
  // ---- pipelines
  pipeline(context, end) {
    return this.nested(this.peekNonSpace(), () => this.pipelineAt(context, end));
  }
  pipelineAt(context, end) {
    const first = this.peekNonSpace();
    const pipe = { kind: "pipe", pos: first.pos, src: "", isAssign: false, decl: [], cmds: [] };
    this.declarations(pipe, context);
    for (; ; ) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0 && (pipe.decl.length > 0 || end === "rightParen" || context === "command"))
          throw this.err("missing value for " + context, t);
        pipe.src = this.text.slice(pipe.pos, t.pos).trim();
        for (let k = 1; k < pipe.cmds.length; k++) {
          const a = pipe.cmds[k].args[0];
          if (["bool", "dot", "nil", "number", "pipe", "string"].includes(a.kind))
            throw this.err(`non executable command in pipeline stage ${k + 1}`, t);
        }
        return pipe;
      }
      switch (t.type) {
        case "bool":
        case "char":
        case "dot":
        case "field":
        case "identifier":
        case "number":
        case "nil":
        case "rawString":
        case "string":
        case "variable":
        case "leftParen":
          this.i--;
          pipe.cmds.push(this.command());
          break;
        default:
          throw this.unexpected(t, context);
      }
    }
  }
  declarations(pipe, context) {
    const save = this.i;
    const v = this.nextNonSpace();
    if (v.type !== "variable") {
      this.i = save;
      return;
    }
    const after = this.peekNonSpace();
    if (after.type === "declare" || after.type === "assign") {
      this.nextNonSpace();
      pipe.isAssign = after.type === "assign";
      pipe.decl.push(pipe.isAssign ? this.useVar(v) : this.declare(v.val));
      return;
    }
    if (after.type === "comma") {
      this.nextNonSpace();
      if (context !== "range") throw this.err(`too many declarations in ${context}`, after);
      const v2 = this.nextNonSpace();
      if (v2.type !== "variable") throw this.err("range can only initialize variables", v2);
      const op = this.nextNonSpace();
      if (op.type !== "declare" && op.type !== "assign") throw this.unexpected(op, "range");
      pipe.isAssign = op.type === "assign";
      if (pipe.isAssign) pipe.decl.push(this.useVar(v), this.useVar(v2));
      else pipe.decl.push(this.declare(v.val), this.declare(v2.val));
      return;
    }
    this.i = save;
  }
  declare(name) {
    const ref = { name, slot: this.scope.slots++ };
    this.scope.vars.push(ref);
    return ref;
  }
  useVar(t) {
    const name = t.val;
    for (let k = this.scope.vars.length - 1; k >= 0; k--) if (this.scope.vars[k].name === name) return this.scope.vars[k];
    throw this.err(`undefined variable "${name}"`, t);
  }
  command() {
    const start = this.peekNonSpace().pos;
    const cmd = { kind: "command", pos: start, src: "", args: [] };
    for (; ; ) {
      const op = this.operand();
      if (op !== void 0) cmd.args.push(op);
      const t = this.next();
      if (t.type === "space") continue;
      if (t.type === "rightDelim" || t.type === "rightParen") this.i--;
      else if (t.type !== "pipe") throw this.unexpected(t, "operand");
      cmd.src = this.text.slice(start, t.pos).trim();
      break;
    }
    if (cmd.args.length === 0) throw this.err("empty command", this.toks[this.i]);
    return cmd;
  }
  operand() {
    const node = this.term();
    if (node === void 0) return void 0;
    if (this.peek().type !== "field") return node;
    const idents = [];
    let end = 0;
    while (this.peek().type === "field") {
      const f = this.next();
      idents.push(f.val.slice(1));
      end = f.pos + f.val.length;
    }
    const src = this.text.slice(node.pos, end);
    switch (node.kind) {
      case "field":
        return { ...node, src, idents: [...node.idents, ...idents] };
      case "variable":
        return { ...node, src, idents: [...node.idents, ...idents] };
      case "bool":
      case "string":
      case "number":
      case "nil":
      case "dot":
        throw new ParseError(`unexpected . after term ${JSON.stringify(node.src)}`, node.pos);
      default:
        return { kind: "chain", pos: node.pos, src, node, idents };
    }
  }
  term() {
    const t = this.nextNonSpace();
    const base = { pos: t.pos, src: t.val };
    switch (t.type) {
      case "identifier":
        if (!this.hasFunction(t.val)) throw this.err(`function "${t.val}" not defined`, t);
        return { kind: "identifier", ...base, name: t.val };
      case "dot":
        return { kind: "dot", ...base };
      case "nil":
        return { kind: "nil", ...base };
      case "variable":
        return { kind: "variable", ...base, ref: this.useVar(t), idents: [] };
      case "field":
        return { kind: "field", ...base, idents: [t.val.slice(1)] };
      case "bool":
        return { kind: "bool", ...base, value: t.val === "true" };
      case "number":
      case "char":
        try {
          return { kind: "number", ...base, value: numberValue(t.val) };
        } catch (e) {
          throw this.err(e.message, t);
        }
      case "leftParen": {
        const p = this.pipeline("parenthesized pipeline", "rightParen");
        p.src = this.text.slice(t.pos, this.toks[this.i - 1].pos + 1);
        return p;
      }
      case "string":
      case "rawString":
        return { kind: "string", ...base, value: this.unquoteTok(t) };
    }
    this.i--;
    return void 0;
  }
};

// src/gotemplate/parse.ts
function parse(name, text, hasFunction) {
  let toks;
  try {
    toks = lex(text);
  } catch (e) {
    if (e instanceof LexError) throw new ParseError(e.message, e.pos);
    throw e;
  }
  return new Parser(text, toks, hasFunction).parseAll(name);
}
var Parser = class extends PipelineParser {
  rangeDepth = 0;
  defs = /* @__PURE__ */ new Map();
  parseAll(name) {
    this.scope = newScope();
    const root = { kind: "list", nodes: [] };
    while (this.peek().type !== "eof") {
      if (this.peek().type === "leftDelim") {
        const save = this.i;
        this.next();
        if (this.peekNonSpace().type === "keyword" && this.peekNonSpace().val === "define") {
          this.nextNonSpace();
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n === "end" || n === "else") throw this.err(`unexpected {{${n}}}`, this.toks[this.i - 1]);
      root.nodes.push(n);
    }
    this.addDef({ name, root, slots: this.scope.slots });
    return this.defs;
  }
  addDef(def) {
    const old = this.defs.get(def.name);
    if (old !== void 0 && !isEmpty(def.root)) {
      if (!isEmpty(old.root)) throw new ParseError(`multiple definition of template "${def.name}"`, 0);
    }
    if (old === void 0 || !isEmpty(def.root)) this.defs.set(def.name, def);
  }
  parseDefinition() {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "define clause");
    const name = this.unquoteTok(nameTok);
    this.expect("rightDelim", "define clause");
    const outer = this.scope;
    this.scope = newScope();
    const [root, end] = this.itemList();
    if (end !== "end") throw this.err(`unexpected {{${end}}} in define clause`, this.toks[this.i - 1]);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
  }
  // ---- lists and actions
  /** Parse until {{end}} or {{else}}; returns the list and which keyword ended it. */
  itemList() {
    return this.nested(this.peek(), () => this.items());
  }
  items() {
    const list2 = { kind: "list", nodes: [] };
    for (; ; ) {
      if (this.peek().type === "eof") throw this.err("unexpected EOF", this.peek());
      const n = this.textOrAction();
      if (n === "end" || n === "else") return [list2, n];
      list2.nodes.push(n);
    }
  }
  textOrAction() {
    const t = this.next();
    if (t.type === "text") return { kind: "text", pos: t.pos, text: t.val };
    if (t.type === "leftDelim") return this.action();
    throw this.unexpected(t, "input");
  }
  action() {
    const t = this.peekNonSpace();
    if (t.type === "keyword") {
      this.nextNonSpace();
      switch (t.val) {
        case "end":
          this.expect("rightDelim", "end");
          return "end";
        case "else": {
          const p = this.peekNonSpace();
          if (p.type === "keyword" && (p.val === "if" || p.val === "with")) return "else";
          this.expect("rightDelim", "else");
          return "else";
        }
        case "if":
        case "with":
        case "range":
          return this.control(t.val, t.pos);
        case "template":
          return this.templateCall(t.pos);
        case "block":
          return this.block(t.pos);
        case "break":
        case "continue":
          if (this.rangeDepth === 0) throw this.err(`{{${t.val}}} outside {{range}}`, t);
          this.expect("rightDelim", `{{${t.val}}}`);
          return { kind: t.val, pos: t.pos };
        default:
          throw this.err(`unexpected <${t.val}> in command`, t);
      }
    }
    return { kind: "action", pos: t.pos, pipe: this.pipeline("command", "rightDelim") };
  }
  control(ctx, pos) {
    const mark = this.scope.vars.length;
    const pipe = this.pipeline(ctx, "rightDelim");
    if (pipe.decl.length === 0 && pipe.cmds.length === 0) throw this.err(`missing value for ${ctx}`, this.toks[this.i - 1]);
    if (ctx === "range") this.rangeDepth++;
    const [list2, end] = this.itemList();
    if (ctx === "range") this.rangeDepth--;
    let elseList;
    if (end === "else") {
      const p = this.peekNonSpace();
      if (ctx === "if" && p.val === "if" || ctx === "with" && p.val === "with") {
        if (p.type === "keyword") {
          this.nextNonSpace();
          elseList = { kind: "list", nodes: [this.nested(p, () => this.control(ctx, p.pos))] };
        }
      } else if (p.type === "keyword" && (p.val === "if" || p.val === "with")) {
        throw this.err(`unexpected <${p.val}> after {{else}} in ${ctx}`, p);
      }
      if (elseList === void 0) {
        const [l, end2] = this.itemList();
        if (end2 !== "end") throw this.err("expected end; found {{else}}", this.toks[this.i - 1]);
        elseList = l;
      }
    }
    this.scope.vars.length = mark;
    return { kind: ctx, pos, pipe, list: list2, elseList };
  }
  templateCall(pos) {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "template clause");
    const name = this.unquoteTok(nameTok);
    let pipe;
    if (this.peekNonSpace().type !== "rightDelim") pipe = this.pipeline("template clause", "rightDelim");
    else this.nextNonSpace();
    return { kind: "template", pos, name, pipe };
  }
  block(pos) {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== "string" && nameTok.type !== "rawString") throw this.unexpected(nameTok, "block clause");
    const name = this.unquoteTok(nameTok);
    const pipe = this.pipeline("block clause", "rightDelim");
    const outer = this.scope;
    const outerRange = this.rangeDepth;
    this.scope = newScope();
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    if (end !== "end") throw this.err("unexpected {{else}} in block clause", this.toks[this.i - 1]);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
    this.rangeDepth = outerRange;
    return { kind: "template", pos, name, pipe };
  }
};
function isEmpty(l) {
  return l.nodes.every((n) => n.kind === "text" && n.text.trim() === "");
}

// src/gotemplate/index.ts
function parseTemplate(name, text, options = {}) {
  const funcs = options.funcs ? { ...BUILTINS, ...options.funcs } : BUILTINS;
  let compiled;
  try {
    const defs = options.tree ?? parse(name, text, (f) => Object.prototype.hasOwnProperty.call(funcs, f));
    compiled = new Compiler(name, text, funcs, options.fieldResolver).compileAll(defs);
  } catch (e) {
    if (e instanceof ParseError) {
      const { line, column } = lineCol(text, e.pos);
      throw new TemplateError("parse", name, line, column, e.message, void 0, void 0, { cause: e });
    }
    throw e;
  }
  return new CompiledTemplate(name, compiled, { ...DEFAULT_BUDGET, ...options.budget });
}
var CompiledTemplate = class {
  constructor(name, defs, budget) {
    this.name = name;
    this.defs = defs;
    this.budget = budget;
  }
  name;
  defs;
  budget;
  templateNames() {
    return [...this.defs.keys()];
  }
  has(name) {
    return this.defs.has(name);
  }
  execute(data, entryName = this.name) {
    const def = this.defs.get(entryName);
    if (def === void 0)
      throw new TemplateError("exec", this.name, 1, 1, `no template ${JSON.stringify(entryName)} associated with template ${JSON.stringify(this.name)}`, entryName);
    const frame = new Array(def.slots);
    frame[0] = data;
    const s = { out: "", frame, depth: 0, steps: 0, outBytes: 0, budget: this.budget, owned: /* @__PURE__ */ new WeakSet() };
    try {
      def.run(s, data);
    } catch (e) {
      if (isStackOverflow(e)) throw new TemplateError("exec", this.name, 1, 1, "exceeded the call stack: templates call and nest too deep", entryName, void 0, { cause: e });
      throw e;
    }
    return s.out;
  }
};

// src/render/functions/convert.ts
function jsonTextWithinLimit(v) {
  const s = stringArg(v);
  const deep = jsonDepthError(s);
  if (deep) throw new Error(deep);
  return s;
}
function stringArg(v) {
  if (typeof v === "string") return v;
  if (v === null || v === void 0) return "";
  throw new Error(`wrong type for value; expected string; got ${goTypeName(v)}`);
}
function int(v) {
  if (typeof v === "bigint") return Number(v);
  throw new Error(`wrong type for value; expected int; got ${goTypeName(v)}`);
}
function strval(v) {
  return typeof v === "string" ? v : formatValue(v === void 0 ? null : v);
}
function strMap(v) {
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
  const out = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x !== "string" && x !== null && x !== void 0)
      throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(v)}`);
    setOwn(out, k, typeof x === "string" ? x : "");
  }
  return out;
}
function dict(v) {
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new Error(`wrong type for value; expected map[string]interface {}; got ${goTypeName(v)}`);
  return v;
}
function toInt(v) {
  switch (typeof v) {
    case "bigint":
      return v;
    case "number":
      return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case "boolean":
      return v ? 1n : 0n;
    case "string": {
      const s = v.replace(/\.0*$/, "");
      if (/^[-+]?(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO]?[0-7]+|[1-9][0-9]*|0)$/.test(s)) {
        const neg = s[0] === "-";
        const body = s.replace(/^[-+]/, "");
        const b = /^0[0-7]+$/.test(body) ? BigInt("0o" + body.slice(1)) : BigInt(body.replace(/^0O/, "0o"));
        return neg ? -b : b;
      }
      return 0n;
    }
  }
  return 0n;
}
function toFloat(v) {
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return Number(v);
    case "boolean":
      return v ? 1 : 0;
    case "string": {
      const t = v.trim();
      const f = t === "" ? NaN : Number(t);
      return Number.isNaN(f) ? 0 : f;
    }
  }
  return 0;
}
function isEmpty2(v) {
  switch (typeof v) {
    case "undefined":
      return true;
    case "string":
      return v.length === 0;
    case "boolean":
      return !v;
    case "number":
      return v === 0;
    case "bigint":
      return v === 0n;
    case "function":
      return false;
  }
  if (v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  return Object.keys(v).length === 0;
}
function strslice(v) {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== void 0).map(strval);
  if (v === null || v === void 0) return [];
  return [strval(v)];
}
function list(v, what) {
  if (Array.isArray(v)) return v;
  throw new Error(`Cannot ${what} on type ${goTypeName(v)}`);
}

// src/render/functions/istio-impl.ts
var GO_TRIM = /^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/g;
function excludeInboundPort(port, excluded) {
  const portStr = formatValue(port === void 0 ? null : port).replace(GO_TRIM, "");
  const ex = stringArg(excluded);
  if (portStr.length === 0 || portStr === "0") return ex;
  const out = [];
  for (const p of ex.split(",")) {
    if (p === portStr) return ex;
    const t = p.replace(GO_TRIM, "");
    if (t.length > 0) out.push(t);
  }
  out.push(portStr);
  return out.join(",");
}
function containerPorts(containers, include) {
  const parts = [];
  for (const c of Array.isArray(containers) ? containers : []) {
    if (!isMap(c) || !include(c)) continue;
    for (const p of Array.isArray(c["ports"]) ? c["ports"] : []) {
      if (!isMap(p)) continue;
      if (p["protocol"] === "UDP" || p["protocol"] === "SCTP") continue;
      parts.push(formatValue(p["containerPort"] ?? 0n));
    }
  }
  return parts.join(",");
}
function appendMultusNetwork(existing, network) {
  const ex = stringArg(existing);
  const net = stringArg(network);
  if (ex === "") return net;
  const i = ex.lastIndexOf("]");
  if (i !== -1) {
    let networks;
    try {
      networks = JSON.parse(ex);
    } catch {
      return ex;
    }
    if (!Array.isArray(networks)) return ex;
    const slash = net.indexOf("/");
    const ns = slash >= 0 ? net.slice(0, slash) : "";
    const name = slash >= 0 ? net.slice(slash + 1) : net;
    for (const n of networks) {
      if (isMap(n) && n["name"] === name && (n["namespace"] ?? "") === ns) return ex;
    }
    const add = ns === "" ? `, {"name": "${name}"}` : `, {"name": "${name}", "namespace": "${ns}"}`;
    return ex.slice(0, i) + add + ex.slice(i);
  }
  for (const n of ex.split(",")) if (goTrimSpace(n) === net) return ex;
  return ex + ", " + net;
}
function mergeMaps(...maps) {
  if (maps.length === 0) return null;
  const out = {};
  for (const m of maps.map(strMap)) for (const [k, v] of Object.entries(m)) setOwn(out, k, v);
  return out;
}
function omitNil(v) {
  return omitNilInner(v)[0];
}
function omitNilInner(v) {
  if (v === null || v === void 0) return [null, true];
  if (Array.isArray(v)) {
    if (!v.some((x) => omitNilInner(x)[1])) return [v, false];
    const out = v.map(omitNil).filter((x) => x !== null);
    return [out.length === 0 ? null : out, true];
  }
  if (isMap(v)) {
    if (!Object.values(v).some((x) => omitNilInner(x)[1])) return [v, false];
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      const f = omitNil(x);
      if (f !== null) setOwn(out, k, f);
    }
    return [Object.keys(out).length === 0 ? null : out, true];
  }
  return [v, false];
}
function formatDuration(d) {
  let nanos;
  if (typeof d === "string" && /^-?\d+(\.\d{1,9})?s$/.test(d)) {
    const neg = d.startsWith("-");
    const [w, f = ""] = d.replace(/^-/, "").slice(0, -1).split(".");
    nanos = BigInt(w) * 1000000000n + BigInt(f.padEnd(9, "0"));
    if (neg) nanos = -nanos;
  } else if (typeof d === "number" || typeof d === "bigint") {
    nanos = BigInt(Math.round(Number(d) * 1e9));
  } else if (isMap(d)) {
    nanos = BigInt(Number(d["seconds"] ?? 0)) * 1000000000n + BigInt(Number(d["nanos"] ?? 0));
  } else nanos = 0n;
  return goDurationString(nanos);
}
function goDurationString(n) {
  if (n === 0n) return "0s";
  const neg = n < 0n;
  let u = neg ? -n : n;
  let out;
  const frac = (v, digits) => {
    const s = v.toString().padStart(digits, "0").replace(/0+$/, "");
    return s === "" ? "" : "." + s;
  };
  if (u < 1000000000n) {
    if (u < 1000n) out = `${u}ns`;
    else if (u < 1000000n) out = `${u / 1000n}${frac(u % 1000n, 3)}\xB5s`;
    else out = `${u / 1000000n}${frac(u % 1000000n, 6)}ms`;
  } else {
    const secs = u / 1000000000n;
    const fs = frac(u % 1000000000n, 9);
    u = secs;
    const h = u / 3600n;
    const m = u % 3600n / 60n;
    const s = u % 60n;
    out = h > 0n ? `${h}h${m}m${s}${fs}s` : m > 0n ? `${m}m${s}${fs}s` : `${s}${fs}s`;
  }
  return neg ? "-" + out : out;
}
function imageTagDigest(image) {
  let digest = "";
  let img = image;
  const at = img.indexOf("@");
  if (at >= 0) {
    digest = img.slice(at + 1);
    img = img.slice(0, at);
  }
  const slash = img.lastIndexOf("/");
  const colon = img.lastIndexOf(":");
  return [colon > slash ? img.slice(colon + 1) : "", digest];
}
function otelResourceAttributes(mc, annotations, labels, namespace, containers) {
  const providers = isMap(mc) && Array.isArray(mc["extensionProviders"]) ? mc["extensionProviders"] : [];
  const enabled = providers.some(
    (p) => isMap(p) && isMap(p["opentelemetry"]) && p["opentelemetry"]["serviceAttributeEnrichment"] === "OTEL_SEMANTIC_CONVENTIONS"
  );
  if (!enabled) return "";
  const ann = strMap(annotations);
  const lab = strMap(labels);
  const ns = stringArg(namespace);
  const cs = Array.isArray(containers) ? containers.filter(isMap) : [];
  const attrs = [];
  const a = (k) => ann[`resource.opentelemetry.io/${k}`] ?? "";
  if (a("service.namespace")) attrs.push("service.namespace=" + a("service.namespace"));
  else if (ns !== "") attrs.push("service.namespace=" + ns);
  if (a("service.version")) attrs.push("service.version=" + a("service.version"));
  else if (lab["app.kubernetes.io/version"]) attrs.push("service.version=" + lab["app.kubernetes.io/version"]);
  else if (cs.length === 1) {
    const [tag, digest] = imageTagDigest(typeof cs[0]["image"] === "string" ? cs[0]["image"] : "");
    if (tag && digest) attrs.push(`service.version=${tag}@${digest}`);
    else if (digest) attrs.push("service.version=" + digest);
    else if (tag) attrs.push("service.version=" + tag);
  }
  if (a("service.instance.id")) attrs.push("service.instance.id=" + a("service.instance.id"));
  else if (cs.length > 0) attrs.push(`service.instance.id=${ns}.$(POD_NAME).${typeof cs[0]["name"] === "string" ? cs[0]["name"] : ""}`);
  return attrs.join(",");
}

// src/render/functions/marshal-json.ts
function marshalGoJson(v, opts = {}) {
  return enc(v, opts.sortKeys ?? true, opts.escapeHTML ?? true, opts.indent, "");
}
function goJsonFloat(f) {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${formatFloat(f, "g")}`);
  const a = Math.abs(f);
  if (a !== 0 && (a < 1e-6 || a >= 1e21)) {
    return formatFloat(f, "e").replace(/e([+-])0(\d)$/, "e$1$2");
  }
  return formatFloat(f, "f");
}
function quoteJson(s, escapeHTML = true) {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep;
    if (c < 32) {
      rep = c === 10 ? "\\n" : c === 13 ? "\\r" : c === 9 ? "\\t" : c === 8 ? "\\b" : c === 12 ? "\\f" : "\\u00" + c.toString(16).padStart(2, "0");
    } else if (c === 34) rep = '\\"';
    else if (c === 92) rep = "\\\\";
    else if (escapeHTML && (c === 60 || c === 62 || c === 38)) rep = "\\u00" + c.toString(16);
    else if (c === 8232 || c === 8233) rep = "\\u" + c.toString(16);
    else if (c >= 55296 && c <= 57343) {
      const next = s.charCodeAt(i + 1);
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        i++;
        continue;
      }
      rep = "\\ufffd";
    }
    if (rep !== void 0) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}
function enc(v, sort, html, indent, cur) {
  switch (typeof v) {
    case "string":
      return quoteJson(v, html);
    case "number":
      return goJsonFloat(v);
    case "bigint":
      return v.toString();
    case "boolean":
      return v ? "true" : "false";
    case "undefined":
      return "null";
    case "function":
    case "symbol":
      throw new Error(`json: unsupported type: ${goTypeName(v)}`);
  }
  if (v === null) return "null";
  const inner = indent === void 0 ? "" : cur + indent;
  const nl = indent === void 0 ? "" : "\n";
  if (Array.isArray(v)) {
    if (v.length === 0) return "[]";
    const parts2 = v.map((e) => nl + inner + enc(e, sort, html, indent, inner));
    return "[" + parts2.join(",") + nl + cur + "]";
  }
  const o = v;
  const keys = Object.keys(o);
  if (sort) keys.sort(compareStrings);
  if (keys.length === 0) return "{}";
  const sep = indent === void 0 ? ":" : ": ";
  const parts = keys.map((k) => nl + inner + quoteJson(k, html) + sep + enc(o[k], sort, html, indent, inner));
  return "{" + parts.join(",") + nl + cur + "}";
}

// src/render/functions/yaml-scalar.ts
var isLetter = (c) => new RegExp("\\p{L}", "u").test(c);
var isDigit2 = (c) => c !== void 0 && new RegExp("\\p{Nd}", "u").test(c);
function yamlKeyCompare(a, b) {
  if (a === b) return 0;
  if (/^[a-z]*$/.test(a) && /^[a-z]*$/.test(b)) return compareStrings(a, b);
  return yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0;
}
function yamlKeyLess(a, b) {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0) < br[i].codePointAt(0);
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === "0" || br[i] === "0") {
      for (let j = i - 1; j >= 0 && isDigit2(ar[j]); j--) {
        if (ar[j] !== "0") {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit2(ar[ai]); ai++) an = an * 10 + (ar[ai].charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit2(br[bi]); bi++) bn = bn * 10 + (br[bi].charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0) < br[i].codePointAt(0);
  }
  return ar.length < br.length;
}
var isBreak = (cp) => cp === 10 || cp === 13 || cp === 133 || cp === 8232 || cp === 8233;
var isPrintable = (cp) => cp === 10 || cp >= 32 && cp <= 126 || cp >= 160 && cp <= 55295 || cp >= 57344 && cp <= 65533 && cp !== 65279;
function doubleEscape(cp) {
  switch (cp) {
    case 0:
      return "0";
    case 7:
      return "a";
    case 8:
      return "b";
    case 9:
      return "t";
    case 10:
      return "n";
    case 11:
      return "v";
    case 12:
      return "f";
    case 13:
      return "r";
    case 27:
      return "e";
    case 34:
      return '"';
    case 92:
      return "\\";
    case 133:
      return "N";
    case 160:
      return "_";
    case 8232:
      return "L";
    case 8233:
      return "P";
  }
  const h = cp.toString(16).toUpperCase();
  if (cp <= 255) return "x" + h.padStart(2, "0");
  if (cp <= 65535) return "u" + h.padStart(4, "0");
  return "U" + h.padStart(8, "0");
}
var SIMPLE_PLAIN = /^[A-Za-z0-9_./$()=+-][A-Za-z0-9_./$()=+-]*$/;
function analyze(s) {
  if (SIMPLE_PLAIN.test(s) && s[0] !== "-" && !s.startsWith("...")) return { multiline: false, blockPlain: true, singleQuoted: true, block: true };
  if (s.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith("---") || s.startsWith("...")) blockIndicators = true;
  const cs = [...s];
  let precededByWhitespace = true;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    const cp = c.codePointAt(0);
    const next = cs[i + 1];
    const followedByWhitespace = next === void 0 || next === " " || next === "	";
    if (i === 0) {
      if ("#,[]{}&*!|>'\"%@`".includes(c)) blockIndicators = true;
      if ((c === "?" || c === ":") && followedByWhitespace) blockIndicators = true;
      if (c === "-" && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ":" && followedByWhitespace) blockIndicators = true;
      if (c === "#" && precededByWhitespace) blockIndicators = true;
    }
    if (!isPrintable(cp) || cp === 8232 || cp === 8233) special = true;
    if (isBreak(cp)) lineBreaks = true;
    if (c === " ") {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === " " || c === "	" || isBreak(cp);
  }
  let blockPlain = true;
  let singleQuoted = true;
  let block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (trailingSpace) block = false;
  if (breakSpace) {
    blockPlain = false;
    singleQuoted = false;
  }
  if (spaceBreak || special) {
    blockPlain = false;
    singleQuoted = false;
    block = false;
  }
  if (lineBreaks) blockPlain = false;
  if (blockIndicators) blockPlain = false;
  return { multiline: lineBreaks, blockPlain, singleQuoted, block };
}
var RESOLVE_MAP = /* @__PURE__ */ new Set([
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "true",
  "True",
  "TRUE",
  "on",
  "On",
  "ON",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "false",
  "False",
  "FALSE",
  "off",
  "Off",
  "OFF",
  "",
  "~",
  "null",
  "Null",
  "NULL",
  // The merge key: yaml.v2 resolves it to !!merge, so it quotes the string "<<".
  "<<",
  ".nan",
  ".NaN",
  ".NAN",
  ".inf",
  ".Inf",
  ".INF",
  "+.inf",
  "+.Inf",
  "+.INF",
  "-.inf",
  "-.Inf",
  "-.INF"
]);
var YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
var GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
var BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
var TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;
function resolvesToString(s) {
  const c = s[0];
  if (c !== void 0 && /[a-mp-xzA-MP-XZ_/$]/.test(c) && c !== "f" && c !== "F" && c !== "t" && c !== "T") return true;
  if (s === "" || RESOLVE_MAP.has(s)) return false;
  if (c === ".") return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (c === "+" || c === "-" || c !== void 0 && c >= "0" && c <= "9") {
    if (isTimestamp(s)) return false;
    const plain = s.replace(/_/g, "");
    if (GO_INT.test(plain) && fitsGoInt(plain)) return false;
    if (YAML_FLOAT.test(plain)) return false;
    if (/^-?0b[01]+$/.test(plain)) return false;
    if (s.includes(":") && BASE60.test(s)) return false;
  }
  return true;
}
function fitsGoInt(plain) {
  let t = plain;
  let neg = false;
  if (t[0] === "+" || t[0] === "-") {
    neg = t[0] === "-";
    t = t.slice(1);
  }
  let v;
  if (/^0[0-7]+$/.test(t)) v = BigInt("0o" + t.slice(1));
  else v = BigInt(t.replace(/^0[oO]/, "0o"));
  if (neg) v = -v;
  return v >= -(2n ** 63n) && v < 2n ** 64n;
}
function isTimestamp(s) {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (m[4] !== void 0 && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return false;
  return true;
}

// src/render/functions/go-yaml.ts
var BEST_WIDTH = 80;
var Raw = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
function marshalGoYaml(v) {
  const e = new Emitter();
  e.document(normalize(v));
  return e.out;
}
function normalize(v) {
  switch (typeof v) {
    case "string":
      return v;
    case "boolean":
      return new Raw(v ? "true" : "false");
    case "bigint":
      return new Raw(v.toString());
    case "number":
      return new Raw(yamlNumber(goJsonFloat(v)));
    case "undefined":
      return new Raw("null");
    case "function":
    case "symbol":
      throw new Error(`json: unsupported type: ${typeof v}`);
  }
  if (v === null) return new Raw("null");
  if (Array.isArray(v)) return v.map(normalize);
  const o = v;
  const m = /* @__PURE__ */ new Map();
  for (const k of Object.keys(o).sort(yamlKeyCompare)) m.set(k, normalize(o[k]));
  return m;
}
function yamlNumber(json) {
  if (/^-?\d+$/.test(json)) {
    const b = BigInt(json);
    if (b >= -(2n ** 63n) && b < 2n ** 64n) return b.toString();
  }
  return formatFloat(Number(json), "g");
}
var Emitter = class {
  out = "";
  column = 0;
  indention = true;
  whitespace = true;
  document(n) {
    this.node(n, -1, "root");
    this.writeIndent(0);
  }
  put(s) {
    this.out += s;
    this.column += s.length;
  }
  putBreak() {
    this.out += "\n";
    this.column = 0;
  }
  writeIndent(indent) {
    if (!this.indention || this.column > indent || this.column === indent && !this.whitespace) this.putBreak();
    while (this.column < indent) this.put(" ");
    this.whitespace = true;
    this.indention = true;
  }
  indicator(s, needWhitespace, isWhitespace, isIndention) {
    if (needWhitespace && !this.whitespace) this.put(" ");
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }
  /** Emit a node. `indent` is the current block indent; ctx tells where the node sits. */
  node(n, indent, ctx) {
    if (n instanceof Map) {
      if (n.size === 0) return this.indicator("{}", true, false, false);
      const ind = indent < 0 ? 0 : indent + 2;
      for (const [k, v] of n) {
        this.writeIndent(ind);
        const simple = !k.includes("\n") && Buffer.byteLength(k) <= 128;
        if (simple) {
          this.scalar(k, ind + 2, true);
          this.indicator(":", false, false, false);
          this.node(v, ind, "mapValue");
        } else {
          this.indicator("?", true, false, true);
          this.scalarOrNode(k, ind);
          this.writeIndent(ind);
          this.indicator(":", true, false, true);
          this.node(v, ind, "mapValue");
        }
      }
      return;
    }
    if (Array.isArray(n)) {
      if (n.length === 0) return this.indicator("[]", true, false, false);
      const ind = indent < 0 ? 0 : ctx === "mapValue" ? indent : indent + 2;
      for (const item of n) {
        this.writeIndent(ind);
        this.indicator("-", true, false, true);
        this.node(item, ind, "seqItem");
      }
      return;
    }
    this.scalarOrNode(n, indent);
  }
  scalarOrNode(n, indent) {
    const scalarIndent = indent < 0 ? 2 : indent + 2;
    if (n instanceof Raw) {
      this.indicator(n.text, true, false, false);
      return;
    }
    this.scalar(n, scalarIndent, false);
  }
  scalar(s, indent, simpleKey) {
    const a = analyze(s);
    let style;
    if (s.includes("\n")) style = "literal";
    else if (resolvesToString(s)) style = "plain";
    else style = "double";
    if (simpleKey && a.multiline) style = "double";
    if (style === "plain") {
      if (!a.blockPlain || s.length === 0 && simpleKey) style = "single";
    }
    if (style === "single" && !a.singleQuoted) style = "double";
    if (style === "literal" && (!a.block || simpleKey)) style = "double";
    const allowBreaks = !simpleKey;
    switch (style) {
      case "plain":
        return this.writePlain(s, indent, allowBreaks);
      case "single":
        return this.writeSingle(s, indent, allowBreaks);
      case "double":
        return this.writeDouble(s, indent, allowBreaks);
      case "literal":
        return this.writeLiteral(s, indent);
    }
  }
  writePlain(s, indent, allowBreaks) {
    if (!this.whitespace) this.put(" ");
    if (!s.includes(" ")) {
      this.put(s);
      this.whitespace = false;
      this.indention = false;
      return;
    }
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== " ") this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }
  writeSingle(s, indent, allowBreaks) {
    this.indicator("'", true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1 && cs[i + 1] !== " ")
          this.writeIndent(indent);
        else this.put(c);
        spaces = true;
      } else {
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
  }
  writeDouble(s, indent, allowBreaks) {
    this.indicator('"', true, false, false);
    const cs = [...s];
    let spaces = false;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i];
      const cp = c.codePointAt(0);
      if (!isPrintable(cp) || isBreak(cp) || c === '"' || c === "\\") {
        this.put("\\" + doubleEscape(cp));
        spaces = false;
      } else if (c === " ") {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent(indent);
          if (cs[i + 1] === " ") this.put("\\");
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }
  writeLiteral(s, indent) {
    this.indicator("|", true, false, false);
    const first = s.codePointAt(0);
    if (first === 32 || first !== void 0 && isBreak(first)) this.indicator("2", false, false, false);
    const cs = [...s];
    const last = cs.length > 0 ? cs[cs.length - 1].codePointAt(0) : -1;
    let chomp = "";
    if (cs.length === 0 || !isBreak(last)) chomp = "-";
    else if (cs.length === 1 || isBreak(cs[cs.length - 2].codePointAt(0))) chomp = "+";
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of cs) {
      if (isBreak(c.codePointAt(0))) {
        if (c === "\n") this.putBreak();
        else {
          this.out += c;
          this.column = 0;
        }
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent(indent);
          breaks = false;
        }
        this.put(c);
        this.indention = false;
      }
    }
  }
};

// src/render/functions/istio.ts
function istioFunctions(options) {
  const getEnv = options.getEnv;
  const protoToJSON = options.protoToJSON ?? ((v) => {
    if (v === null || v === void 0) return "{}";
    try {
      return marshalGoJson(v, { sortKeys: false, escapeHTML: false });
    } catch {
      return "{}";
    }
  });
  return {
    formatDuration: (d) => formatDuration(d),
    isset: (m, key) => isMap(m) && Object.hasOwn(m, stringArg(key)),
    excludeInboundPort: (port, excluded) => excludeInboundPort(port, excluded),
    includeInboundPorts: (containers) => containerPorts(containers, () => true),
    kubevirtInterfaces: (s) => stringArg(s),
    excludeInterfaces: (s) => stringArg(s),
    applicationPorts: (containers) => containerPorts(containers, (c) => c["name"] !== PROXY_CONTAINER),
    annotation: (meta, name, def) => {
      const anns = isMap(meta) ? meta["annotations"] : void 0;
      const k = stringArg(name);
      if (isMap(anns) && Object.hasOwn(anns, k)) {
        const v = anns[k];
        if (typeof v === "string") return v;
        if (v !== null && v !== void 0) throw new Error(`wrong type for value; expected map[string]string; got ${goTypeName(anns)}`);
        return "";
      }
      return formatValue(def === void 0 ? null : def);
    },
    valueOrDefault: (value, def) => value === "" || value === null || value === void 0 ? def : value,
    toJSON: (m) => m === null || m === void 0 ? "{}" : marshalGoJson(strMap(m)),
    fromJSON: (s) => {
      const text = jsonTextWithinLimit(s);
      try {
        return JSON.parse(text);
      } catch {
        return "{}";
      }
    },
    structToJSON: (v) => {
      if (v === null || v === void 0) return "{}";
      try {
        return marshalGoJson(v, { sortKeys: false });
      } catch {
        return "{}";
      }
    },
    protoToJSON: (v) => protoToJSON(v),
    toYaml: (v) => {
      try {
        return marshalGoYaml(v);
      } catch {
        return "";
      }
    },
    // Istio's indent leaves the first line alone (unlike sprig's).
    indent: (spaces, source) => {
      if (typeof spaces !== "bigint") throw new Error(`wrong type for value; expected int; got ${typeof spaces}`);
      const pad2 = " ".repeat(Math.max(Number(spaces), 0));
      return stringArg(source).replaceAll("\n", "\n" + pad2);
    },
    directory: (p) => {
      const s = stringArg(p);
      return s.slice(0, s.lastIndexOf("/") + 1);
    },
    // Same argument order as sprig's: contains SUBSTRING STRING.
    contains: (needle, haystack) => stringArg(haystack).includes(stringArg(needle)),
    toLower: (s) => stringArg(s).toLowerCase(),
    appendMultusNetwork: (existing, network) => appendMultusNetwork(existing, network),
    env: (key, def) => {
      const v = getEnv(stringArg(key));
      return v === void 0 || v === "" ? stringArg(def) : v;
    },
    omit: variadic((d, ...keys) => {
      const drop = new Set(keys.map(stringArg));
      return Object.fromEntries(Object.entries(strMap(d)).filter(([k]) => !drop.has(k)));
    }),
    strdict: variadic((...v) => {
      const d = {};
      for (let i = 0; i < v.length; i += 2) setOwn(d, stringArg(v[i]), i + 1 < v.length ? stringArg(v[i + 1]) : "");
      return d;
    }),
    toJsonMap: variadic((...maps) => marshalGoJson(mergeMaps(...maps))),
    mergeMaps: variadic((...maps) => mergeMaps(...maps)),
    omitNil: (v) => omitNil(v),
    otelResourceAttributes: (mc, ann, labels, ns, containers) => otelResourceAttributes(mc, ann, labels, ns, containers)
  };
}

// src/render/functions/sprig-data.ts
import { posix } from "node:path";
var regexCache = /* @__PURE__ */ new Map();
function goRegex(pattern, global = false) {
  const key = (global ? "g:" : ":") + pattern;
  let re = regexCache.get(key);
  if (re) return re;
  let flags = global ? "gu" : "u";
  let src = pattern;
  const m = /^\(\?([imsU]+)\)/.exec(src);
  if (m) {
    for (const f of m[1]) if (f !== "U" && !flags.includes(f)) flags += f;
    src = src.slice(m[0].length);
  }
  src = src.replace(/\(\?P</g, "(?<").replace(/\\z/g, "$(?![\\s\\S])");
  try {
    re = new RegExp(src, flags);
  } catch (e) {
    throw new Error(`error parsing regexp: ${e.message}`);
  }
  if (regexCache.size < 500) regexCache.set(key, re);
  return re;
}
function mergeInto(dst, src, overwrite) {
  for (const [k, v] of Object.entries(src)) {
    const has = Object.hasOwn(dst, k);
    const d = has ? dst[k] : void 0;
    if (isMap(d) && isMap(v)) mergeInto(d, v, overwrite);
    else if (overwrite ? !isEmpty2(v) || !has : !has || isEmpty2(d)) setOwn(dst, k, deepCopy(v));
  }
  return dst;
}
function deepCopy(v) {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (isMap(v)) {
    const o = {};
    for (const [k, x] of Object.entries(v)) setOwn(o, k, deepCopy(x));
    return o;
  }
  return v;
}
var ints = (xs) => xs.map(toInt);
var MAX_RANGE = DEFAULT_BUDGET.maxListLength;
function checkRangeLength(name, length) {
  if (length > MAX_RANGE) {
    throw new Error(`${name}: a list of ${length.toLocaleString("en-US")} elements is longer than the ${MAX_RANGE.toLocaleString("en-US")} a template may build`);
  }
}
var goDiv = (a, b) => {
  if (b === 0n) throw new Error("runtime error: integer divide by zero");
  return a / b;
};
function uniq(xs) {
  const out = [];
  for (const x of xs) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}
function appender() {
  return Object.assign((l, v) => [...list(l, "push"), v], { inPlace: (l, v) => void l.push(v) });
}
var SPRIG_DATA = {
  // logic
  default: variadic((d, ...given) => given.length === 0 || isEmpty2(given[0]) ? d : given[0]),
  empty: (v) => isEmpty2(v),
  coalesce: variadic((...xs) => xs.find((x) => !isEmpty2(x)) ?? null),
  all: variadic((...xs) => xs.every((x) => !isEmpty2(x))),
  any: variadic((...xs) => xs.some((x) => !isEmpty2(x))),
  ternary: (vt, vf, b) => {
    if (typeof b !== "boolean") throw new Error(`wrong type for value; expected bool; got ${goTypeName(b)}`);
    return b ? vt : vf;
  },
  deepEqual: (a, b) => deepEqual(a, b),
  deepCopy: (v) => deepCopy(v),
  // math
  add: variadic((...xs) => ints(xs).reduce((a, b) => a + b, 0n)),
  add1: (a) => toInt(a) + 1n,
  sub: (a, b) => toInt(a) - toInt(b),
  mul: variadic((a, ...xs) => ints(xs).reduce((p, b) => p * b, toInt(a))),
  div: (a, b) => goDiv(toInt(a), toInt(b)),
  mod: (a, b) => {
    const d = toInt(b);
    if (d === 0n) throw new Error("runtime error: integer divide by zero");
    return toInt(a) % d;
  },
  max: variadic((a, ...xs) => ints(xs).reduce((m, b) => b > m ? b : m, toInt(a))),
  min: variadic((a, ...xs) => ints(xs).reduce((m, b) => b < m ? b : m, toInt(a))),
  addf: variadic((...xs) => xs.map(toFloat).reduce((a, b) => a + b, 0)),
  subf: variadic((a, ...xs) => xs.map(toFloat).reduce((p, b) => p - b, toFloat(a))),
  mulf: variadic((a, ...xs) => xs.map(toFloat).reduce((p, b) => p * b, toFloat(a))),
  divf: variadic((a, ...xs) => xs.map(toFloat).reduce((p, b) => p / b, toFloat(a))),
  maxf: variadic((a, ...xs) => Math.max(toFloat(a), ...xs.map(toFloat))),
  minf: variadic((a, ...xs) => Math.min(toFloat(a), ...xs.map(toFloat))),
  floor: (a) => Math.floor(toFloat(a)),
  ceil: (a) => Math.ceil(toFloat(a)),
  round: variadic((a, p, ...r) => {
    const f = 10 ** Number(toInt(p));
    const half = r.length > 0 ? toFloat(r[0]) : 0.5;
    const x = toFloat(a) * f;
    const i = Math.trunc(x);
    return (Math.abs(x - i) >= half ? i + Math.sign(x) : i) / f;
  }),
  until: (n) => {
    const c = Number(toInt(n));
    checkRangeLength("until", Math.abs(c));
    const out = [];
    if (c >= 0) for (let i = 0; i < c; i++) out.push(BigInt(i));
    else for (let i = 0; i > c; i--) out.push(BigInt(i));
    return out;
  },
  untilStep: (start, stop, step) => {
    const [a, b, s] = [Number(toInt(start)), Number(toInt(stop)), Number(toInt(step))];
    const out = [];
    if (s === 0 || s > 0 && a >= b || s < 0 && a <= b) return out;
    checkRangeLength("untilStep", Math.ceil(Math.abs((b - a) / s)));
    for (let i = a; s > 0 ? i < b : i > b; i += s) out.push(BigInt(i));
    return out;
  },
  // lists
  list: variadic((...xs) => xs),
  tuple: variadic((...xs) => xs),
  append: appender(),
  push: appender(),
  mustAppend: appender(),
  prepend: (l, v) => [v, ...list(l, "prepend")],
  first: (l) => list(l, "find first").length > 0 ? l[0] : null,
  last: (l) => list(l, "find last").length > 0 ? l[l.length - 1] : null,
  rest: (l) => list(l, "find rest").length > 0 ? l.slice(1) : null,
  initial: (l) => list(l, "find initial").length > 0 ? l.slice(0, -1) : null,
  reverse: (l) => [...list(l, "find reverse")].reverse(),
  uniq: (l) => uniq(list(l, "find uniq")),
  compact: (l) => list(l, "compact").filter((x) => !isEmpty2(x)),
  without: variadic((l, ...omit) => list(l, "find without").filter((x) => !omit.some((o) => deepEqual(o, x)))),
  has: (needle, hay) => hay === null || hay === void 0 ? false : list(hay, "find has").some((x) => deepEqual(x, needle)),
  concat: variadic((...ls) => ls.flatMap((l) => list(l, "concat"))),
  slice: variadic((l, ...ix) => {
    const a = list(l, "slice");
    if (a.length === 0) return null;
    const start = ix.length > 0 ? Number(toInt(ix[0])) : 0;
    const end = ix.length > 1 ? Number(toInt(ix[1])) : a.length;
    if (start < 0 || end > a.length || start > end) throw new Error(`slice bounds out of range [${start}:${end}]`);
    return a.slice(start, end);
  }),
  // dicts
  dict: variadic((...xs) => {
    const d = {};
    for (let i = 0; i < xs.length; i += 2) setOwn(d, strval(xs[i]), i + 1 < xs.length ? xs[i + 1] : "");
    return d;
  }),
  get: (d, k) => {
    const m = dict(d);
    return Object.hasOwn(m, stringArg(k)) ? m[stringArg(k)] : "";
  },
  set: (d, k, v) => {
    const m = dict(d);
    setOwn(m, stringArg(k), v);
    return m;
  },
  unset: (d, k) => {
    const m = dict(d);
    delete m[stringArg(k)];
    return m;
  },
  hasKey: (d, k) => Object.hasOwn(dict(d), stringArg(k)),
  pluck: variadic((k, ...ds) => ds.map(dict).filter((m) => Object.hasOwn(m, stringArg(k))).map((m) => m[stringArg(k)])),
  keys: variadic((...ds) => ds.flatMap((d) => sortedKeys(dict(d)))),
  values: (d) => {
    const m = dict(d);
    return sortedKeys(m).map((k) => m[k]);
  },
  pick: variadic((d, ...ks) => {
    const m = dict(d);
    const out = {};
    for (const k of ks.map(stringArg)) if (Object.hasOwn(m, k)) setOwn(out, k, m[k]);
    return out;
  }),
  omit: variadic((d, ...ks) => {
    const drop = new Set(ks.map(stringArg));
    return Object.fromEntries(Object.entries(dict(d)).filter(([k]) => !drop.has(k)));
  }),
  merge: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mustMerge: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), false), dict(dst))),
  mergeOverwrite: variadic((dst, ...srcs) => srcs.reduce((d, s) => mergeInto(d, dict(s), true), dict(dst))),
  dig: variadic((...args) => {
    if (args.length < 3) throw new Error("dig needs at least three arguments");
    let cur = args[args.length - 1];
    const def = args[args.length - 2];
    for (const k of args.slice(0, -2).map(stringArg)) {
      if (!isMap(cur) || !Object.hasOwn(cur, k)) return def;
      cur = cur[k];
    }
    return cur;
  }),
  // regex
  regexMatch: (re, s) => goRegex(stringArg(re)).test(stringArg(s)),
  mustRegexMatch: (re, s) => goRegex(stringArg(re)).test(stringArg(s)),
  regexFind: (re, s) => goRegex(stringArg(re)).exec(stringArg(s))?.[0] ?? "",
  regexFindAll: (re, s, n) => {
    const all = [...stringArg(s).matchAll(goRegex(stringArg(re), true))].map((m) => m[0]);
    const c = int(n);
    return c < 0 ? all : all.slice(0, c);
  },
  regexReplaceAll: (re, s, repl) => stringArg(s).replace(goRegex(stringArg(re), true), stringArg(repl).replace(/\$\{(\w+)\}/g, (_m, g) => /^\d+$/.test(g) ? "$" + g : `$<${g}>`)),
  regexReplaceAllLiteral: (re, s, repl) => stringArg(s).replace(goRegex(stringArg(re), true), () => stringArg(repl)),
  regexSplit: (re, s, n) => {
    const parts = stringArg(s).split(goRegex(stringArg(re), true));
    const c = int(n);
    return c < 0 || parts.length <= c ? parts : [...parts.slice(0, c - 1), parts.slice(c - 1).join("")];
  },
  regexQuoteMeta: (s) => stringArg(s).replace(/[\\.+*?()|[\]{}^$]/g, "\\$&"),
  // paths
  base: (p) => stringArg(p) === "" ? "." : posix.basename(stringArg(p)) || "/",
  dir: (p) => posix.dirname(stringArg(p)),
  ext: (p) => posix.extname(stringArg(p)),
  clean: (p) => stringArg(p) === "" ? "." : posix.normalize(stringArg(p)).replace(/(.)\/$/, "$1"),
  isAbs: (p) => posix.isAbsolute(stringArg(p))
};

// src/render/functions/sprig-strings.ts
var utf8 = (s) => Buffer.from(s, "utf8");
var isAscii = (s) => !/[^\x00-\x7f]/.test(s);
function byteSlice(s, lo, hi) {
  if (isAscii(s)) return s.slice(lo, hi);
  return utf8(s).subarray(lo, hi).toString("utf8");
}
var byteLen = (s) => isAscii(s) ? s.length : utf8(s).length;
function sprigIndent(spaces, s) {
  const pad2 = " ".repeat(Math.max(spaces, 0));
  return pad2 + s.split("\n").join("\n" + pad2);
}
function title(s) {
  let prev = " ";
  let out = "";
  for (const c of s) {
    out += isSeparator(prev) ? c.toUpperCase() : c;
    prev = c;
  }
  return out;
}
var isSeparator = (c) => !/[\p{L}\p{N}_]/u.test(c);
function trimCutset(s, cutset, left, right) {
  const set = new Set(cutset);
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  if (left) while (a < b && set.has(cs[a])) a++;
  if (right) while (b > a && set.has(cs[b - 1])) b--;
  return cs.slice(a, b).join("");
}
var GO_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
var trimSpace = (s) => {
  const cs = [...s];
  let a = 0;
  let b = cs.length;
  while (a < b && GO_SPACE.test(cs[a])) a++;
  while (b > a && GO_SPACE.test(cs[b - 1])) b--;
  return cs.slice(a, b).join("");
};
function splitMap(parts) {
  const out = {};
  parts.forEach((p, i) => out["_" + i] = p);
  return out;
}
function goSplit(s, sep, n = -1) {
  if (n === 0) return [];
  if (sep === "") {
    const cs = [...s];
    if (n > 0 && cs.length > n) return [...cs.slice(0, n - 1), cs.slice(n - 1).join("")];
    return cs;
  }
  const parts = s.split(sep);
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}
function adler32(s) {
  let a = 1;
  let b = 0;
  for (const byte of utf8(s)) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return b * 65536 + a >>> 0;
}
var SPRIG_STRINGS = {
  trim: (s) => trimSpace(stringArg(s)),
  trimAll: (cut, s) => trimCutset(stringArg(s), stringArg(cut), true, true),
  trimPrefix: (p, s) => stringArg(s).startsWith(stringArg(p)) ? stringArg(s).slice(stringArg(p).length) : stringArg(s),
  trimSuffix: (p, s) => {
    const a = stringArg(s);
    const b = stringArg(p);
    return b !== "" && a.endsWith(b) ? a.slice(0, a.length - b.length) : a;
  },
  upper: (s) => stringArg(s).toUpperCase(),
  lower: (s) => stringArg(s).toLowerCase(),
  title: (s) => title(stringArg(s)),
  untitle: (s) => stringArg(s).replace(new RegExp("(^|[^\\p{L}\\p{N}_])(\\p{L})", "gu"), (_m, a, b) => a + b.toLowerCase()),
  repeat: (n, s) => stringArg(s).repeat(Math.max(int(n), 0)),
  substr: (start, end, s) => {
    const a = int(start);
    const b = int(end);
    const t = stringArg(s);
    if (a < 0) return byteSlice(t, 0, b);
    if (b < 0 || b > byteLen(t)) return byteSlice(t, a);
    return byteSlice(t, a, b);
  },
  nospace: (s) => [...stringArg(s)].filter((c) => !GO_SPACE.test(c)).join(""),
  trunc: (c, s) => {
    const n = int(c);
    const t = stringArg(s);
    const len = byteLen(t);
    if (n < 0 && len + n > 0) return byteSlice(t, len + n);
    if (n >= 0 && len > n) return byteSlice(t, 0, n);
    return t;
  },
  abbrev: (w, s) => {
    const width = int(w);
    const t = stringArg(s);
    if (width < 4 || t.length <= width) return t;
    return t.slice(0, width - 3) + "...";
  },
  initials: (s) => stringArg(s).split(/\s+/).filter(Boolean).map((w) => [...w][0]).join(""),
  contains: (sub, s) => stringArg(s).includes(stringArg(sub)),
  hasPrefix: (p, s) => stringArg(s).startsWith(stringArg(p)),
  hasSuffix: (p, s) => stringArg(s).endsWith(stringArg(p)),
  quote: variadic((...xs) => xs.filter((x) => x !== null && x !== void 0).map((x) => quoteGo(strval(x))).join(" ")),
  squote: variadic((...xs) => xs.filter((x) => x !== null && x !== void 0).map((x) => `'${strval(x)}'`).join(" ")),
  cat: variadic((...xs) => xs.filter((x) => x !== null && x !== void 0).map(strval).join(" ")),
  indent: (n, s) => sprigIndent(int(n), stringArg(s)),
  nindent: (n, s) => "\n" + sprigIndent(int(n), stringArg(s)),
  replace: (o, n, s) => stringArg(s).split(stringArg(o)).join(stringArg(n)),
  plural: (one, many, n) => int(n) === 1 ? stringArg(one) : stringArg(many),
  toString: (v) => strval(v),
  toStrings: (v) => strslice(v),
  split: (sep, s) => splitMap(goSplit(stringArg(s), stringArg(sep))),
  splitList: (sep, s) => goSplit(stringArg(s), stringArg(sep)),
  splitn: (sep, n, s) => splitMap(goSplit(stringArg(s), stringArg(sep), int(n))),
  join: (sep, v) => strslice(v).join(stringArg(sep)),
  sortAlpha: (v) => strslice(v).sort(),
  atoi: (s) => {
    const t = stringArg(s);
    return /^[-+]?\d+$/.test(t) ? BigInt(t) : 0n;
  },
  int: (v) => toInt(v),
  int64: (v) => toInt(v),
  float64: (v) => toFloat(v),
  toDecimal: (v) => {
    const t = strval(v);
    return /^[-+]?[0-7]+$/.test(t) ? BigInt((t[0] === "-" ? "-" : "") + "0o" + t.replace(/^[-+]/, "")) : 0n;
  },
  b64enc: (s) => utf8(stringArg(s)).toString("base64"),
  b64dec: (s) => {
    const t = stringArg(s);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) return "illegal base64 data at input byte 0";
    return Buffer.from(t, "base64").toString("utf8");
  },
  sha1sum: (s) => createHash("sha1").update(stringArg(s)).digest("hex"),
  sha256sum: (s) => createHash("sha256").update(stringArg(s)).digest("hex"),
  adler32sum: (s) => String(adler32(stringArg(s))),
  typeOf: (v) => goTypeName(v),
  typeIs: (t, v) => stringArg(t) === goTypeName(v),
  typeIsLike: (t, v) => stringArg(t) === goTypeName(v) || stringArg(t) === "*" + goTypeName(v),
  kindOf: (v) => goKind(v),
  kindIs: (k, v) => stringArg(k) === goKind(v),
  toJson: (v) => {
    try {
      return marshalGoJson(v);
    } catch {
      return "";
    }
  },
  mustToJson: (v) => marshalGoJson(v),
  toPrettyJson: (v) => {
    try {
      return marshalGoJson(v, { indent: "  " });
    } catch {
      return "";
    }
  },
  toRawJson: (v) => {
    try {
      return marshalGoJson(v, { escapeHTML: false });
    } catch {
      return "";
    }
  },
  fromJson: (s) => {
    const text = jsonTextWithinLimit(s);
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  },
  mustFromJson: (s) => JSON.parse(jsonTextWithinLimit(s)),
  fail: (msg) => {
    throw new Error(stringArg(msg));
  }
};

// src/render/functions.ts
function injectionFunctions(options) {
  return { ...SPRIG_STRINGS, ...SPRIG_DATA, ...istioFunctions(options) };
}

// src/render/proxy-config-json.ts
var ORDER = [
  "configPath",
  "binaryPath",
  "serviceCluster",
  "tracingServiceName",
  "drainDuration",
  "discoveryAddress",
  "discoveryRefreshDelay",
  "zipkinAddress",
  "statsdUdpAddress",
  "envoyMetricsServiceAddress",
  "proxyAdminPort",
  "availabilityZone",
  "controlPlaneAuthPolicy",
  "customConfigFile",
  "statNameLength",
  "concurrency",
  "proxyBootstrapTemplatePath",
  "interceptionMode",
  "tracing",
  "sds",
  "envoyAccessLogService",
  "envoyMetricsService",
  "proxyMetadata",
  "runtimeValues",
  "statusPort",
  "extraStatTags",
  "gatewayTopology",
  "terminationDrainDuration",
  "meshId",
  "readinessProbe",
  "proxyStatsMatcher",
  "holdApplicationUntilProxyStarts",
  "caCertificatesPem",
  "image",
  "privateKeyProvider",
  "proxyHeaders",
  "fileFlushInterval",
  "fileFlushMinSizeKb",
  "statsCompression",
  "connectionSettings"
];
var SCALAR_ZERO = {
  configPath: "",
  binaryPath: "",
  discoveryAddress: "",
  zipkinAddress: "",
  statsdUdpAddress: "",
  envoyMetricsServiceAddress: "",
  proxyAdminPort: 0,
  availabilityZone: "",
  controlPlaneAuthPolicy: "NONE",
  customConfigFile: "",
  statNameLength: 0,
  proxyBootstrapTemplatePath: "",
  interceptionMode: "REDIRECT",
  statusPort: 0,
  meshId: "",
  fileFlushMinSizeKb: 0
};
var DURATIONS = /* @__PURE__ */ new Set(["drainDuration", "terminationDrainDuration", "discoveryRefreshDelay", "fileFlushInterval"]);
var CLEANED = ["configPath", "binaryPath", "controlPlaneAuthPolicy", "serviceCluster", "drainDuration", "terminationDrainDuration", "discoveryAddress", "proxyAdminPort", "statNameLength", "statusPort"];
function protoDuration(v) {
  if (typeof v !== "string") return v;
  const m = /^(-)?(\d+)(?:\.(\d{1,9}))?s$/.exec(v.trim());
  if (!m) return v;
  const nanos = (m[3] ?? "").padEnd(9, "0");
  const frac = nanos === "000000000" ? "" : "." + nanos.replace(/(000)+$/, "");
  return `${m[1] ?? ""}${BigInt(m[2])}${frac}s`;
}
function empty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0 || isMap(v) && Object.keys(v).length === 0;
}
function sortedMap(v) {
  if (!isMap(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
}
function protoJsonFields(pc) {
  const out = [];
  const keys = [...ORDER.filter((k) => Object.hasOwn(pc, k)), ...Object.keys(pc).filter((k) => !ORDER.includes(k))];
  for (const key of keys) {
    let value = DURATIONS.has(key) ? protoDuration(pc[key]) : pc[key];
    if (key === "proxyMetadata" || key === "runtimeValues") value = sortedMap(value);
    let written = value !== void 0 && value !== null;
    if (CLEANED.includes(key) && value === (DURATIONS.has(key) ? protoDuration(DEFAULT_PROXY_CONFIG[key]) : DEFAULT_PROXY_CONFIG[key])) written = false;
    if (Object.hasOwn(SCALAR_ZERO, key) && value === SCALAR_ZERO[key]) written = false;
    if ((key === "proxyMetadata" || key === "runtimeValues" || key === "extraStatTags" || key === "caCertificatesPem") && empty(value)) written = false;
    out.push([key, value, written]);
  }
  return out;
}

// src/render/template-data.ts
function withZeroValues(obj, zeros) {
  return withZeroValuesInPlace(isMap(obj) ? { ...obj } : {}, zeros);
}
function withZeroValuesInPlace(out, zeros) {
  for (const [k, v] of Object.entries(zeros)) {
    if (Object.hasOwn(out, k)) continue;
    Object.defineProperty(out, k, { value: v, enumerable: false, writable: true, configurable: true });
  }
  return out;
}
function proxyConfigView(pc) {
  const out = {};
  for (const [key, value, written] of protoJsonFields(pc)) {
    Object.defineProperty(out, key, { value, enumerable: written, writable: true, configurable: true });
  }
  return withZeroValuesInPlace(out, { interceptionMode: "REDIRECT", proxyMetadata: {}, discoveryAddress: "", statusPort: 0, meshId: "" });
}
function meshConfigView(mesh) {
  return withZeroValues(mesh, { trustDomain: "", proxyListenPort: 0, proxyInboundListenPort: 0 });
}
function podView(pod) {
  return {
    ObjectMeta: withZeroValuesInPlace(decodedStruct(pod.metadata), { annotations: {}, labels: {}, name: "", namespace: "" }),
    Spec: withZeroValuesInPlace(decodedStruct(pod.spec), { serviceAccountName: "", nodeName: "", containers: [], initContainers: [] })
  };
}
var MAP_FIELDS = /* @__PURE__ */ new Set(["annotations", "labels", "nodeSelector", "overhead", "limits", "requests", "matchLabels", "volumeAttributes"]);
function isJsonFieldName(key) {
  let yes = jsonFieldNames.get(key);
  if (yes === void 0) {
    const c = key.charCodeAt(0);
    const goName = c >= 97 && c <= 122 ? key[0].toUpperCase() + key.slice(1) : key;
    yes = goFieldToJsonName(goName) === key;
    if (jsonFieldNames.size < 1e4) jsonFieldNames.set(key, yes);
  }
  return yes;
}
var jsonFieldNames = /* @__PURE__ */ new Map();
function decodedStruct(v) {
  const out = {};
  if (!isMap(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    if (!isJsonFieldName(k)) continue;
    setOwn(out, k, MAP_FIELDS.has(k) ? x : decodedValue(x, k));
  }
  return out;
}
function decodedValue(v, field) {
  if (Array.isArray(v)) return v.map((x) => decodedValue(x, ""));
  if (!isMap(v)) return v;
  if (field === "flexVolume") {
    const out = decodedStruct(v);
    if (Object.hasOwn(v, "options")) out.options = v.options;
    return out;
  }
  return decodedStruct(v);
}
function inboundTrafficPolicyMode(mesh) {
  const mode = isMap(mesh.inboundTrafficPolicy) ? mesh.inboundTrafficPolicy.mode : void 0;
  return mode === "LOCALHOST" || mode === 1 ? "localhost" : "passthrough";
}

// src/render/rendered-reuse.ts
var SEEDS_PER_LENGTH = 4;
var MAX_LENGTHS = 32;
var NOT_SCALAR_START = /^[|>[{&*!#]/;
var RenderedReuse = class {
  constructor(schema) {
    this.schema = schema;
  }
  schema;
  seeds = /* @__PURE__ */ new Map();
  /** The value of `text` if a seed lets it be read by difference; undefined otherwise. */
  read(text) {
    const lines = text.split("\n");
    const seeds = this.seeds.get(lines.length);
    if (seeds === void 0) return void 0;
    for (let k = 0; k < seeds.length; k++) {
      const seed = seeds[k];
      const v = this.readBy(seed, lines);
      if (v === void 0) continue;
      if (k > 0) {
        seeds.splice(k, 1);
        seeds.unshift(seed);
      }
      return v;
    }
    return void 0;
  }
  readBy(seed, lines) {
    const changes = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const old = seed.lines[i];
      if (line === old) continue;
      const site = seed.sites.get(i);
      if (site === void 0 || line.length <= site.start) return void 0;
      if (line.slice(0, site.start) !== old.slice(0, site.start)) return void 0;
      const rest = line.slice(site.start);
      if (NOT_SCALAR_START.test(rest)) return void 0;
      const one = parseBlockYaml(`k: ${rest}
`, this.schema);
      if (!one.ok) return void 0;
      const v = one.value.k;
      if (v === null || typeof v === "object") return void 0;
      changes.push({ site, value: v });
    }
    let out = seed.value;
    for (const { site, value } of changes) out = withValueAt(out, site.path, value, seed.value);
    return out;
  }
  /**
   * Reads `text` in full, as `parseBlockYaml` does, and keeps what it read as a seed. The value
   * is frozen (deeply), and what `read` returns shares the seed's unchanged parts: the values
   * are read-only to the caller (the strategic merge copies what it takes from an overlay).
   */
  seed(text) {
    const sites = [];
    const r = parseBlockYaml(text, this.schema, sites);
    if (!r.ok) return r;
    const lines = text.split("\n");
    if (isPlainJson(r.value)) {
      let seeds = this.seeds.get(lines.length);
      if (!seeds) {
        if (this.seeds.size >= MAX_LENGTHS) this.seeds.delete(this.seeds.keys().next().value);
        this.seeds.set(lines.length, seeds = []);
      }
      seeds.unshift({ lines, value: deepFreeze(r.value), sites: new Map(sites.map((s) => [s.line, s])) });
      if (seeds.length > SEEDS_PER_LENGTH) seeds.pop();
    }
    return r;
  }
};
function withValueAt(root, path, value, seed) {
  const copy = (node, i, seedNode) => {
    if (i === path.length) return value;
    const key = path[i];
    const shared = node === seedNode;
    const out = shared ? Array.isArray(node) ? [...node] : { ...node } : node;
    const child = node[key];
    const seedChild = seedNode[key];
    out[key] = copy(child, i + 1, seedChild);
    return out;
  };
  return copy(root, 0, seed);
}
function deepFreeze(v) {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k in v) deepFreeze(v[k]);
  }
  return v;
}
function isPlainJson(v) {
  if (v === null || typeof v !== "object") return typeof v !== "function" && typeof v !== "symbol" && typeof v !== "bigint";
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!isPlainJson(v[k])) return false;
  return true;
}

// src/render/rendered-yaml.ts
var OPTIONS = { schema: KUBE_SCHEMA };
var BLOCK_SCALAR = /(?:^\s*-|:)\s+[|>][-+0-9]*\s*(?:#.*)?$/;
function loadRendered(text, hint) {
  if (hint?.lenient) return load(indentFlowContinuations(text), OPTIONS);
  let fast;
  if (hint) {
    const reuse = hint.reuse ??= new RenderedReuse(KUBE_SCHEMA);
    const v = reuse.read(text);
    if (v !== void 0) return v;
    fast = reuse.seed(text);
  } else fast = parseBlockYaml(text, KUBE_SCHEMA);
  if (fast.ok) return fast.value;
  try {
    return load(text, OPTIONS);
  } catch (e) {
    const fixed = indentFlowContinuations(text);
    if (fixed === text) throw e;
    let v;
    try {
      v = load(fixed, OPTIONS);
    } catch {
      throw e;
    }
    if (hint) hint.lenient = true;
    return v;
  }
}
function scan(s, st) {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (st.quote === '"') {
      if (c === "\\") i++;
      else if (c === '"') st.quote = "";
    } else if (st.quote === "'") {
      if (c === "'" && s[i + 1] === "'") i++;
      else if (c === "'") st.quote = "";
    } else if (c === '"' || c === "'") st.quote = c;
    else if (c === "#" && (i === 0 || /\s/.test(s[i - 1]))) return;
    else if (c === "{" || c === "[") st.depth++;
    else if (c === "}" || c === "]") st.depth--;
    if (st.depth === 0 && st.quote === "") return;
  }
}
function flowStart(line) {
  let i = line.length - line.trimStart().length;
  while (line.startsWith("- ", i)) i += 2 + (line.slice(i + 2).length - line.slice(i + 2).trimStart().length);
  const c = line[i];
  if (c === "{" || c === "[") return i;
  let end;
  if (c === '"' || c === "'") {
    end = line.indexOf(c, i + 1);
    if (end < 0) return -1;
    end = line.indexOf(":", end);
  } else {
    end = line.search(/:(\s|$)/);
  }
  if (end < 0) return -1;
  const rest = line.slice(end + 1);
  const j = end + 1 + (rest.length - rest.trimStart().length);
  return line[j] === "{" || line[j] === "[" ? j : -1;
}
function indentFlowContinuations(text) {
  const lines = text.split("\n");
  const st = { depth: 0, quote: "" };
  let base = 0;
  let changed = false;
  let blockIndent = -1;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === "" || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (st.depth > 0) {
      if (line.trim() !== "" && indent <= base) {
        lines[n] = " ".repeat(base + 2 - indent) + line;
        changed = true;
      }
      scan(line, st);
      continue;
    }
    if (BLOCK_SCALAR.test(line)) {
      blockIndent = indent;
      continue;
    }
    const at = flowStart(line);
    if (at < 0) continue;
    base = indent;
    scan(line.slice(at), st);
  }
  return changed ? lines.join("\n") : text;
}

// src/render/templates.ts
var TEMPLATES_POINTER = joinPointer("/metadata/annotations", TEMPLATES_ANNOTATION);
function selectTemplates(set, annotations) {
  const requested = Object.hasOwn(annotations, TEMPLATES_ANNOTATION) ? annotations[TEMPLATES_ANNOTATION].split(",").map(goTrimSpace) : set.defaultTemplates;
  return requested.flatMap((n) => Object.hasOwn(set.aliases, n) ? [...set.aliases[n]] : [n]);
}
var hints = /* @__PURE__ */ new WeakMap();
function hintFor(t) {
  let h = hints.get(t);
  if (!h) hints.set(t, h = {});
  return h;
}
function renderOverlay(set, name, data, annotations) {
  const tpl = Object.hasOwn(set.templates, name) ? set.templates[name] : void 0;
  if (!tpl) {
    const known = Object.keys(set.templates).sort().join(", ");
    const where = Object.hasOwn(annotations, TEMPLATES_ANNOTATION) ? { pointer: TEMPLATES_POINTER, at: "value" } : {};
    throw new KubeInjectError("template", `requested template ${JSON.stringify(name)} not found; have ${known}`, where);
  }
  return parseOverlay(name, tpl.execute(data), hintFor(tpl));
}
function parseOverlay(name, text, hint) {
  let v;
  try {
    v = loadRendered(text, hint);
  } catch (e) {
    throw new KubeInjectError("template", `template ${JSON.stringify(name)} rendered invalid YAML: ${e.message}`, {}, { cause: e });
  }
  if (v === null || v === void 0) return {};
  if (!isMap(v)) throw new KubeInjectError("template", `template ${JSON.stringify(name)} did not render a mapping`);
  return v;
}

export {
  TemplateError,
  goJsonFieldResolver,
  BUILTINS,
  deserializeTree,
  parseTemplate,
  injectionFunctions,
  proxyConfigView,
  meshConfigView,
  podView,
  inboundTrafficPolicyMode,
  selectTemplates,
  renderOverlay
};
