/**
 * How the author indents block sequences under a key, read from the document's tree: `key:` and
 * then `- item` at the key's own column (kubectl's style), or further in (which wins when the
 * document has both). New lists are written the same way.
 */
import { column, firstOnLine, sameLine } from './lines.js';
import type { SourceNode } from './source-tree.js';

export function zeroIndentedLists(text: string, root: SourceNode): boolean {
  let zero = false;
  const stack: SourceNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.kind === 'sequence') {
      for (const item of n.items) if (item.kind === 'mapping' || item.kind === 'sequence') stack.push(item);
      continue;
    }
    if (n.kind !== 'mapping' || n.flow) continue;
    for (const e of n.entries) {
      const v = e.value;
      if (v.kind === 'mapping') stack.push(v);
      if (v.kind !== 'sequence' || v.flow) continue;
      stack.push(v);
      if (!firstOnLine(text, e.keyStart) || sameLine(text, e.keyStart, v.open)) continue;
      const key = column(text, e.keyStart);
      const dash = column(text, v.open);
      if (dash > key) return false;
      if (dash === key) zero = true;
    }
  }
  return zero;
}
