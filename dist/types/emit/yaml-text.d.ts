import type { ManifestDocument } from '../model/document.js';
/**
 * A changed document written whole: what stood before its content (its `---` marker and leading
 * comments), then its new value in its format (YAML, or JSON for JSON input), in its list style
 * and line endings.
 */
export declare function reserialise(doc: ManifestDocument, value: unknown): string;
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
/** A YAML double-quoted scalar: JSON's escapes, plus the characters YAML reads as line breaks. */
export declare function quoteDouble(s: string): string;
