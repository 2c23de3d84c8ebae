import type { ManifestDocument, OutputDocument } from '../model/document.js';
export type { OutputDocument } from '../model/document.js';
/**
 * Writes documents back as one stream. Unchanged documents are their exact source text
 * (comments included); a changed document keeps what stood before its content (its `---` marker
 * and leading comments), its own line endings, and its format (YAML, or JSON for JSON input).
 * Documents are separated by `---` wherever the source did not already have one.
 */
export declare function writeStream(docs: readonly OutputDocument[]): string;
/** One document's text as `writeStream` writes it, before the stream's separators. */
export declare function renderDocument(item: OutputDocument): string;
/** Documents rendered one by one (`renderDocument`, maybe elsewhere) joined into the stream `writeStream` writes. */
export declare function joinDocuments(items: ReadonlyArray<{
    readonly doc: ManifestDocument;
    readonly text: string;
}>): string;
/**
 * How the author indents block sequences under a key: `key:` then `- item` at the key's own
 * indentation (kubectl's style, 'zero'), or indented further ('indented', which wins when the
 * text has both). One pass over the lines: a regular expression over the whole text backtracked
 * quadratically on long lines (JavaScript's `^` also starts a line after U+2028, which YAML does
 * not read as a line break; YAML's are \n, \r and \r\n).
 */
export declare function sequenceIndent(text: string): 'zero' | 'indented' | 'none';
/**
 * YAML as kube-inject writes it: no line folding, no anchors, strings quoted where YAML 1.1
 * would misread them, and lists indented the way the document's author indented them.
 */
export declare function toYaml(value: unknown, options?: {
    seqNoIndent?: boolean;
}): string;
