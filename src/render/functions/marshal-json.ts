/**
 * Go's encoding/json Marshal for template values: maps with sorted keys (or insertion order for
 * values standing for structs), HTML-safe escaping, Go's float formatting. Throws like Go for
 * values JSON cannot hold (NaN, ±Inf, functions).
 */
import { compareStrings, formatFloat, goTypeName } from '../../gotemplate/index.js';

export interface JsonOptions {
  /** Sort object keys (Go maps); false keeps insertion order (Go structs). Default true. */
  sortKeys?: boolean;
  /** Escape <, >, & as \u003c etc. (json.Marshal does; SetEscapeHTML(false) does not). Default true. */
  escapeHTML?: boolean;
  /** Indent unit for MarshalIndent; undefined = compact. */
  indent?: string;
}

export function marshalGoJson(v: unknown, opts: JsonOptions = {}): string {
  return enc(v, opts.sortKeys ?? true, opts.escapeHTML ?? true, opts.indent, '');
}

/** Go's float64 JSON text. */
export function goJsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${formatFloat(f, 'g')}`);
  const a = Math.abs(f);
  if (a !== 0 && (a < 1e-6 || a >= 1e21)) {
    return formatFloat(f, 'e').replace(/e([+-])0(\d)$/, 'e$1$2');
  }
  return formatFloat(f, 'f');
}

function quoteJson(s: string, escapeHTML = true): string {
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) {
      rep = c === 10 ? '\\n' : c === 13 ? '\\r' : c === 9 ? '\\t' : c === 8 ? '\\b' : c === 12 ? '\\f' : '\\u00' + c.toString(16).padStart(2, '0');
    } else if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (escapeHTML && (c === 0x3c || c === 0x3e || c === 0x26)) rep = '\\u00' + c.toString(16);
    else if (c === 0x2028 || c === 0x2029) rep = '\\u' + c.toString(16);
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\\ufffd';
    }
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

function enc(v: unknown, sort: boolean, html: boolean, indent: string | undefined, cur: string): string {
  switch (typeof v) {
    case 'string':
      return quoteJson(v, html);
    case 'number':
      return goJsonFloat(v);
    case 'bigint':
      return v.toString();
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'function':
    case 'symbol':
      throw new Error(`json: unsupported type: ${goTypeName(v)}`);
  }
  if (v === null) return 'null';
  const inner = indent === undefined ? '' : cur + indent;
  const nl = indent === undefined ? '' : '\n';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const parts = v.map((e) => nl + inner + enc(e, sort, html, indent, inner));
    return '[' + parts.join(',') + nl + cur + ']';
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (sort) keys.sort(compareStrings);
  if (keys.length === 0) return '{}';
  const sep = indent === undefined ? ':' : ': ';
  const parts = keys.map((k) => nl + inner + quoteJson(k, html) + sep + enc(o[k], sort, html, indent, inner));
  return '{' + parts.join(',') + nl + cur + '}';
}
