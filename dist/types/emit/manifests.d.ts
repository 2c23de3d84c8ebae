import type { OutputDocument } from '../model/document.js';
export type { OutputDocument } from '../model/document.js';
/**
 * Writes documents back as one stream. Unchanged documents are their exact source text
 * (comments included); a changed document keeps what stood before its content (its `---` marker
 * and leading comments), its own line endings, and its format (YAML, or JSON for JSON input).
 * Documents are separated by `---` wherever the source did not already have one.
 */
export declare function writeStream(docs: readonly OutputDocument[]): string;
/**
 * YAML as kube-inject writes it: no line folding, no anchors, strings quoted where YAML 1.1
 * would misread them, and lists indented the way the document's author indented them.
 */
export declare function toYaml(value: unknown, options?: {
    seqNoIndent?: boolean;
}): string;
