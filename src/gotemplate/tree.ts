/**
 * A parsed template kept as text, so that a template known in advance (kube-inject's built-in
 * ones, at build time) is not parsed again on every start. The text holds the template's source
 * and the names of the functions it was parsed with: a tree is used only for that very source
 * and those very functions (the parser's reading of an identifier depends on them), else the
 * template is parsed as usual.
 */
import type { TemplateDef } from './ast.js';

interface TreeFile {
  readonly text: string;
  readonly funcs: readonly string[];
  readonly defs: ReadonlyArray<readonly [string, TemplateDef]>;
  /**
   * The numbers of the tree, which JSON cannot hold as they are (Go ints are bigints; some floats
   * have no JSON text): where each stands in `defs` and its text. Few; read back by path, so
   * loading walks nothing else.
   */
  readonly numbers: ReadonlyArray<{ readonly at: readonly (string | number)[]; readonly int?: string; readonly float?: string }>;
}

/** Every `number` constant of `v` (a tree in `defs`): its path, its value out of the tree. */
function takeNumbers(v: unknown, at: (string | number)[], out: TreeFile['numbers'][number][]): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x, i) => takeNumbers(x, [...at, i], out));
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === 'value' && (typeof x === 'bigint' || typeof x === 'number')) {
      out.push(typeof x === 'bigint' ? { at: [...at, k], int: x.toString() } : { at: [...at, k], float: Object.is(x, -0) ? '-0' : String(x) });
      o[k] = null;
    } else o[k] = takeNumbers(x, [...at, k], out);
  }
  return o;
}

export function serializeTree(text: string, funcs: readonly string[], defs: ReadonlyMap<string, TemplateDef>): string {
  const numbers: TreeFile['numbers'][number][] = [];
  const tree = takeNumbers([...defs], [], numbers) as TreeFile['defs'];
  const file: TreeFile = { text, funcs: [...new Set(funcs)].sort(), defs: tree, numbers };
  return JSON.stringify(file);
}

/** The tree in `json` when it was parsed from `text` with exactly the functions `funcs`; else undefined. */
export function deserializeTree(json: string, text: string, funcs: readonly string[]): Map<string, TemplateDef> | undefined {
  let file: TreeFile;
  try {
    file = JSON.parse(json) as TreeFile;
  } catch {
    return undefined;
  }
  if (file.text !== text) return undefined;
  const names = [...new Set(funcs)].sort();
  if (!Array.isArray(file.funcs) || file.funcs.length !== names.length || file.funcs.some((f, i) => f !== names[i])) return undefined;
  for (const n of file.numbers) {
    let node = file.defs as unknown as Record<string | number, unknown>;
    for (let i = 0; i < n.at.length - 1; i++) node = node[n.at[i]!] as Record<string | number, unknown>;
    node[n.at[n.at.length - 1]!] = n.int !== undefined ? BigInt(n.int) : n.float === '-0' ? -0 : Number(n.float);
  }
  return new Map(file.defs as Array<[string, TemplateDef]>);
}
