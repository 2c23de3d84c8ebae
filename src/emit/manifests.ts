import type { ManifestDocument, OutputDocument } from '../model/document.js';
import { editDocument } from './text-edit/index.js';
import { reserialise } from './yaml-text.js';

export type { OutputDocument } from '../model/document.js';
export { sequenceIndent, toYaml } from './yaml-text.js';

/**
 * Writes documents back as one stream. Unchanged documents are their exact source text
 * (comments included); a changed document is its own text with the changes made in place
 * (text-edit/: comments, quoting, flow style and layout kept), or, where that cannot be done
 * safely, re-serialised whole (keeping what stood before its content, its line endings, list
 * style and format). Documents are separated by `---` wherever the source did not already have one.
 */
export function writeStream(docs: readonly OutputDocument[]): string {
  return joinDocuments(docs.map((item) => ({ doc: item.doc, text: renderDocument(item) })));
}

/** One document's text as `writeStream` writes it, before the stream's separators. */
export function renderDocument(item: OutputDocument): string {
  return 'value' in item ? writeChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
}

/** Documents rendered one by one (`renderDocument`, maybe elsewhere) joined into the stream `writeStream` writes. */
export function joinDocuments(items: ReadonlyArray<{ readonly doc: ManifestDocument; readonly text: string }>): string {
  const joiner = new StreamJoiner();
  for (const item of items) joiner.add(item.doc, item.text);
  return joiner.text();
}

/**
 * The stream `joinDocuments` makes, put together a document at a time, in order: a caller that
 * waits for documents written elsewhere (`parallel/`) joins each one as it comes.
 */
export class StreamJoiner {
  private readonly parts: string[] = [];
  private previous = '';

  add(doc: ManifestDocument, text: string): void {
    if (this.parts.length > 0) {
      if (!this.previous.endsWith('\n')) this.parts.push(doc.eol);
      if (!startsWithMarker(text)) text = `---${doc.eol}${text}`;
    }
    this.parts.push(text);
    this.previous = text;
  }

  /** The stream so far, ending with a line break (unless it is empty). */
  text(): string {
    const out = this.parts.join('');
    return out === '' || out.endsWith('\n') ? out : out + '\n';
  }
}

/** Whether the text opens with a `---` marker, after any comment, blank or directive lines. */
function startsWithMarker(text: string): boolean {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}

/** A changed document: edited in place, or re-serialised whole. */
function writeChanged(doc: ManifestDocument, value: unknown): string {
  return editDocument(doc, value).text ?? reserialise(doc, value);
}
