/**
 * The edit writer: a changed document written as its own text with the injection's changes made
 * in place, so comments, quoting, flow collections, blank lines and the author's layout stay,
 * and a diff against the input shows the insertions and the values that really changed. The
 * re-serialiser (../yaml-text.ts) remains the reference: the edited text reads back as the very
 * value it would write (tests hold the two together over every test input).
 */
import { YAMLException } from 'js-yaml';
import type { ManifestDocument } from '../../model/document.js';
import { applyEdits } from './edits.js';
import { zeroIndentedLists } from './list-style.js';
import { NotEditable } from './not-editable.js';
import { Planner } from './plan.js';
import type { RenderStyle } from './render.js';
import { readPlainTree } from './plain-tree.js';
import { readSourceTree } from './source-tree.js';

export interface EditedDocument {
  /** The document's new text (from its `---` marker on); null when it must be re-serialised whole. */
  readonly text: string | null;
  /** Nodes replaced whole inside an edited document (an alias, tag, merge key …), with why. */
  readonly fallbacks: readonly string[];
  /** Why the whole document must be re-serialised. */
  readonly reason?: string;
}

/** `doc`'s text edited into the text of `value`. */
export function editDocument(doc: ManifestDocument, value: unknown): EditedDocument {
  const text = doc.source.text.slice(doc.start, doc.end);
  if (doc.empty) return whole('an empty document');
  if (/\r(?!\n)/.test(text)) return whole('a line break that is a bare CR');
  try {
    // Plain block YAML is read line by line; anything else by js-yaml's event parser.
    const tree = readPlainTree(text) ?? readSourceTree(text);
    let seqNoIndent: boolean | undefined;
    const style: RenderStyle = {
      eol: doc.eol,
      json: doc.format === 'json',
      // The author's list style (only asked when something is written).
      get seqNoIndent() {
        return (seqNoIndent ??= zeroIndentedLists(text, tree.root));
      },
    };
    const planner = new Planner(text, tree, style);
    planner.document(doc.value, value);
    return { text: applyEdits(text, planner.edits), fallbacks: planner.fallbacks };
  } catch (e) {
    if (e instanceof NotEditable || e instanceof YAMLException) return whole(e instanceof NotEditable ? e.message : `unreadable: ${e.message}`);
    throw e;
  }
}

function whole(reason: string): EditedDocument {
  return { text: null, fallbacks: [], reason };
}

export { NotEditable } from './not-editable.js';
