/**
 * The re-serialiser: a whole value written as YAML the way kube-inject writes it, in the list
 * style of the document it replaces. It writes every changed document that the edit writer
 * (text-edit/) cannot edit, every part the edit writer inserts, and it is the oracle the edit
 * writer is tested against.
 */
import { dump } from 'js-yaml';
import type { ManifestDocument } from '../model/document.js';
import { dumpYaml } from './fast-yaml.js';

/**
 * A changed document written whole: what stood before its content (its `---` marker and leading
 * comments), then its new value in its format (YAML, or JSON for JSON input), in its list style
 * and line endings.
 */
export function reserialise(doc: ManifestDocument, value: unknown): string {
  let prefix = doc.source.text.slice(doc.start, doc.contentStart);
  if (prefix !== '' && !prefix.endsWith('\n')) prefix = prefix.replace(/[ \t]+$/, '') + doc.eol;
  const text = doc.source.text.slice(doc.contentStart, doc.end);
  const body = doc.format === 'json' ? JSON.stringify(value, null, 2) + '\n' : toYaml(value, { seqNoIndent: sequenceIndent(text) === 'zero' });
  return prefix + (doc.eol === '\n' ? body : body.replace(/\n/g, doc.eol));
}

/**
 * How the author indents block sequences under a key: `key:` then `- item` at the key's own
 * indentation (kubectl's style, 'zero'), or indented further ('indented', which wins when the
 * text has both). One pass over the lines: a regular expression over the whole text backtracked
 * quadratically on long lines (JavaScript's `^` also starts a line after U+2028, which YAML does
 * not read as a line break; YAML's are \n, \r and \r\n).
 */
export function sequenceIndent(text: string): 'zero' | 'indented' | 'none' {
  let zero = false;
  let keyIndent = -1;
  for (const line of text.split(/\r\n?|\n/)) {
    let indent = 0;
    while (line.charCodeAt(indent) === 0x20) indent++;
    if (keyIndent >= 0 && line.startsWith('- ', indent)) {
      if (indent > keyIndent) return 'indented';
      if (indent === keyIndent) zero = true;
    }
    const first = line.charAt(indent);
    keyIndent = first !== "" && !/[\s#-]/.test(first) && /:[ \t]*$/.test(line.slice(indent + 1)) ? indent : -1;
  }
  return zero ? 'zero' : 'none';
}

/**
 * YAML as kube-inject writes it: no line folding, no anchors, strings quoted where YAML 1.1
 * would misread them, and lists indented the way the document's author indented them.
 */
export function toYaml(value: unknown, options: { seqNoIndent?: boolean } = {}): string {
  const opts = { lineWidth: -1, noRefs: true, seqNoIndent: options.seqNoIndent ?? false };
  try {
    // js-yaml's dump with these options, written faster (src/emit/fast-yaml.ts; same bytes).
    return dumpYaml(value, opts.seqNoIndent);
  } catch (e) {
    // js-yaml picks a string's style with a regular expression whose backtracking overflows the
    // stack on strings of megabytes. Such strings are written double-quoted instead (JSON's
    // escapes, which YAML's double-quoted style shares), through a token js-yaml writes plain.
    if (!(e instanceof RangeError)) throw e;
    const long = new Map<string, string>();
    const token = (s: string): string => {
      const t = `kube-inject-long-string-${long.size}-${Math.random().toString(36).slice(2)}`;
      long.set(t, quoteDouble(s));
      return t;
    };
    const text = dump(replaceLongStrings(value, token), opts);
    return text.replace(/kube-inject-long-string-\d+-[a-z0-9]+/g, (t) => long.get(t) ?? t);
  }
}

/** Strings this long are written double-quoted by us, not styled by js-yaml. */
const LONG_STRING = 64 * 1024;

function replaceLongStrings(v: unknown, token: (s: string) => string): unknown {
  if (typeof v === 'string') return v.length > LONG_STRING ? token(v) : v;
  if (Array.isArray(v)) return v.map((x) => replaceLongStrings(x, token));
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      // defineProperty: a key `__proto__` is data here, not the object's prototype.
      Object.defineProperty(out, k.length > LONG_STRING ? token(k) : k, { value: replaceLongStrings(x, token), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return v;
}

/** A YAML double-quoted scalar: JSON's escapes, plus the characters YAML reads as line breaks. */
export function quoteDouble(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
