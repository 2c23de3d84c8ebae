/**
 * The documents of a plain stream without js-yaml's event parser: a stream whose documents are
 * separated by bare `---` lines and each read by the fast block-YAML reader (block-yaml.ts).
 * It builds exactly the documents `splitStream` builds (same text spans, lines, values) or
 * returns null, and `splitStream` does it the general way: on a directive, a `...` marker, a
 * `---` with anything after it, a CR or BOM, or any document the fast reader declines.
 * Tests hold it to `splitStream`'s general path over the conformance inputs and generated streams.
 *
 * `onDocument` is told of each document as soon as it is read, before the rest are: a long
 * stream's injection starts on them (src/pipeline.ts). Told of, not promised: a later document
 * the fast reader declines makes it return null, and the caller reads the stream again.
 */
import type { ManifestDocument, SourceFile } from '../model/document.js';
export declare function splitPlainStream(source: SourceFile, onDocument?: (doc: ManifestDocument) => void): ManifestDocument[] | null;
