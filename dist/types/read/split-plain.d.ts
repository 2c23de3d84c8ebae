/**
 * The documents of a plain stream without js-yaml's event parser: a stream whose documents are
 * separated by bare `---` lines and each read by the fast block-YAML reader (block-yaml.ts).
 * It builds exactly the documents `splitStream` builds (same text spans, lines, values) or
 * returns null, and `splitStream` does it the general way: on a directive, a `...` marker, a
 * `---` with anything after it, a CR or BOM, or any document the fast reader declines.
 * Tests hold it to `splitStream`'s general path over the conformance inputs and generated streams.
 */
import type { ManifestDocument, SourceFile } from '../model/document.js';
export declare function splitPlainStream(source: SourceFile): ManifestDocument[] | null;
