/**
 * A block scalar (`|`, `>`) at the end of inserted text takes in every following line indented
 * deeper than its header's line, comment lines included: `# note` after it on the same line, or
 * an over-indented comment line below, would become its content. The edits check for that.
 */
import { NotEditable } from './not-editable.js';

const HEADER = /(?:^|[ :-])[|>][-+1-9]{0,2}$/;

/**
 * The indentation of the line holding the header of a block scalar that ends `text`, or -1;
 * `firstIndent` is the indentation of the line the text's first line continues.
 */
export function trailingBlockScalar(text: string, firstIndent: number): number {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!HEADER.test(line)) continue;
    const indent = i === 0 ? firstIndent : line.search(/\S/);
    // Every line after the header is more indented (or blank): they are its content.
    return lines.slice(i + 1).every((l) => l.trim() === '' || l.search(/\S/) > indent) && i < lines.length - 1 ? indent : -1;
  }
  return -1;
}

/** Throws when a comment line right after `at` (blank lines aside) is indented deeper than `indent`. */
export function checkFollowingComment(text: string, at: number, indent: number): void {
  let p = at;
  while (p < text.length) {
    const eol = text.indexOf('\n', p);
    const line = text.slice(p, eol < 0 ? text.length : eol).replace(/\r$/, '');
    const col = line.search(/\S/);
    if (col >= 0) {
      if (line[col] === '#' && col > indent) throw new NotEditable('a comment line that a block scalar would take in');
      return;
    }
    if (eol < 0) return;
    p = eol + 1;
  }
}
