import { dumpYaml } from './fast-yaml.js';
import type { ManifestDocument } from '../model/document.js';

/** A document on its way out: unchanged (written byte-for-byte) or with a new value. */
export interface OutputDocument {
  readonly doc: ManifestDocument;
  /** The new value when the document changed; absent when it did not. */
  readonly value?: unknown;
}

/**
 * Writes documents back as one stream. Unchanged documents are their exact source text
 * (comments included); a changed document keeps what stood before its content (its `---` marker
 * and leading comments), its own line endings, and its format (YAML, or JSON for JSON input).
 * Documents are separated by `---` wherever the source did not already have one.
 */
export function writeStream(docs: readonly OutputDocument[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const item of docs) {
    let text = 'value' in item ? renderChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
    if (parts.length > 0) {
      if (!previous.endsWith('\n')) parts.push(item.doc.eol);
      if (!startsWithMarker(text)) text = `---${item.doc.eol}${text}`;
    }
    parts.push(text);
    previous = text;
  }
  const out = parts.join('');
  return out === '' || out.endsWith('\n') ? out : out + '\n';
}

/** Whether the text opens with a `---` marker, after any comment, blank or directive lines. */
function startsWithMarker(text: string): boolean {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}

function renderChanged(doc: ManifestDocument, value: unknown): string {
  let prefix = doc.source.text.slice(doc.start, doc.contentStart);
  if (prefix !== '' && !prefix.endsWith('\n')) prefix = prefix.replace(/[ \t]+$/, '') + doc.eol;
  const text = doc.source.text.slice(doc.contentStart, doc.end);
  const body = doc.format === 'json' ? JSON.stringify(value, null, 2) + '\n' : toYaml(value, { seqNoIndent: !INDENTED_SEQUENCE.test(text) && ZERO_INDENT_SEQUENCE.test(text) });
  return prefix + (doc.eol === '\n' ? body : body.replace(/\n/g, doc.eol));
}

/** `key:` then `- item` at the key's own indentation (kubectl's style), or indented further. */
const ZERO_INDENT_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m;
const INDENTED_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1 +- /m;

/**
 * YAML as kube-inject writes it: no line folding, no anchors, strings quoted where YAML 1.1
 * would misread them, and lists indented the way the document's author indented them.
 */
export function toYaml(value: unknown, options: { seqNoIndent?: boolean } = {}): string {
  // js-yaml's dump with these options, written faster (src/emit/fast-yaml.ts; same bytes).
  return dumpYaml(value, options.seqNoIndent ?? false);
}
