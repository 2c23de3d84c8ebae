import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument, SourceFile } from '../model/document.js';
import { LineIndex } from './line-index.js';
/**
 * Splits a YAML stream into documents by its real structure. js-yaml's event parser decides
 * what is a document; the text of each document (from its `---` marker, comments included, to
 * the next marker) is cut at the marker lines that the YAML grammar forbids inside any content,
 * so a `---` inside a block scalar stays content. Every document keeps its exact text.
 */
export declare function splitStream(source: SourceFile, onPlainDocument?: (doc: ManifestDocument) => void): ManifestDocument[];
/** splitStream the general way, with js-yaml's event parser. */
export declare function splitStreamWithEvents(source: SourceFile): ManifestDocument[];
export declare function yamlError(e: unknown, file: string, lines: LineIndex): KubeInjectError;
