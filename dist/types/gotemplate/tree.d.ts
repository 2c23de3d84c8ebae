/**
 * A parsed template kept as text, so that a template known in advance (kube-inject's built-in
 * ones, at build time) is not parsed again on every start. The text holds the template's source
 * and the names of the functions it was parsed with: a tree is used only for that very source
 * and those very functions (the parser's reading of an identifier depends on them), else the
 * template is parsed as usual.
 */
import type { TemplateDef } from './ast.js';
export declare function serializeTree(text: string, funcs: readonly string[], defs: ReadonlyMap<string, TemplateDef>): string;
/** The tree in `json` when it was parsed from `text` with exactly the functions `funcs`; else undefined. */
export declare function deserializeTree(json: string, text: string, funcs: readonly string[]): Map<string, TemplateDef> | undefined;
