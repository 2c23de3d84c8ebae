import type { ManifestDocument, OutputDocument } from '../model/document.js';
export type { OutputDocument } from '../model/document.js';
export { sequenceIndent, toYaml } from './yaml-text.js';
/**
 * Writes documents back as one stream. Unchanged documents are their exact source text
 * (comments included); a changed document is its own text with the changes made in place
 * (text-edit/: comments, quoting, flow style and layout kept), or, where that cannot be done
 * safely, re-serialised whole (keeping what stood before its content, its line endings, list
 * style and format). Documents are separated by `---` wherever the source did not already have one.
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
 * The stream `joinDocuments` makes, put together a document at a time, in order: a caller that
 * waits for documents written elsewhere (`parallel/`) joins each one as it comes.
 */
export declare class StreamJoiner {
    private readonly parts;
    private previous;
    add(doc: ManifestDocument, text: string): void;
    /** The stream so far, ending with a line break (unless it is empty). */
    text(): string;
}
