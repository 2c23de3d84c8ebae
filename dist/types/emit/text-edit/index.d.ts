import type { ManifestDocument } from '../../model/document.js';
export interface EditedDocument {
    /** The document's new text (from its `---` marker on); null when it must be re-serialised whole. */
    readonly text: string | null;
    /** Nodes replaced whole inside an edited document (an alias, tag, merge key …), with why. */
    readonly fallbacks: readonly string[];
    /** Why the whole document must be re-serialised. */
    readonly reason?: string;
}
/** `doc`'s text edited into the text of `value`. */
export declare function editDocument(doc: ManifestDocument, value: unknown): EditedDocument;
export { NotEditable } from './not-editable.js';
