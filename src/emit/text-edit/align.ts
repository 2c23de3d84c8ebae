/**
 * Which items of a sequence stay, go, or come: the source's items against the new ones. Items
 * that are "the same" (a container by its name, anything else by value) are matched in order
 * (common prefix and suffix, then a longest common subsequence of what is between); unmatched
 * items between two matches are paired by position, to be edited in place, and the rest are
 * removed or inserted.
 */
export type Step =
  | { readonly kind: 'pair'; readonly old: number; readonly new: number }
  | { readonly kind: 'remove'; readonly old: number }
  | { readonly kind: 'insert'; readonly new: number };

/** Above this many comparisons the middle is not searched for matches, only paired by position. */
const LCS_LIMIT = 40_000;

export function alignItems(before: readonly unknown[], after: readonly unknown[], same: (a: unknown, b: unknown) => boolean): Step[] {
  const n = before.length;
  const m = after.length;
  let head = 0;
  while (head < n && head < m && same(before[head], after[head])) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && same(before[n - 1 - tail], after[m - 1 - tail])) tail++;
  const matches: Array<[number, number]> = [];
  for (let i = 0; i < head; i++) matches.push([i, i]);
  matches.push(...middle(before, after, head, n - tail, head, m - tail, same));
  for (let i = tail; i > 0; i--) matches.push([n - i, m - i]);

  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...matches, [n, m] as [number, number]]) {
    while (i < mi && j < mj) steps.push({ kind: 'pair', old: i++, new: j++ });
    while (i < mi) steps.push({ kind: 'remove', old: i++ });
    while (j < mj) steps.push({ kind: 'insert', new: j++ });
    if (mi < n) steps.push({ kind: 'pair', old: i++, new: j++ });
  }
  return steps;
}

/** Matches between before[a..b) and after[c..d), by a longest common subsequence. */
function middle(before: readonly unknown[], after: readonly unknown[], a: number, b: number, c: number, d: number, same: (x: unknown, y: unknown) => boolean): Array<[number, number]> {
  const rows = b - a;
  const cols = d - c;
  if (rows === 0 || cols === 0 || rows * cols > LCS_LIMIT) return [];
  // len[i][j]: LCS of before[a+i..b) and after[c+j..d).
  const len = Array.from({ length: rows + 1 }, () => new Int32Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      len[i]![j] = same(before[a + i], after[c + j]) ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
    }
  }
  const out: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (same(before[a + i], after[c + j]) && len[i]![j] === len[i + 1]![j + 1]! + 1) {
      out.push([a + i, c + j]);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}
