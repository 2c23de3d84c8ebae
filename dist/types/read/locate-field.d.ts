import type { ManifestDocument } from '../model/document.js';
import type { LineIndex } from './line-index.js';
/**
 * A document's `locate`: the field index is built on first use by parsing the document's text
 * again (most documents are never asked), then answers every pointer from a map.
 */
export declare function createLocator(text: string, start: number, end: number, lines: LineIndex): ManifestDocument['locate'];
