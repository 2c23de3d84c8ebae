import type { FuncMap } from './builtins.js';
import type { ExecutionBudget } from './budget.js';
import type { FieldResolver } from './fields.js';
import type { TemplateDef } from './ast.js';
export { TemplateError } from './errors.js';
export { deserializeTree, serializeTree } from './tree.js';
export type { TemplateDef } from './ast.js';
export { DEFAULT_BUDGET } from './budget.js';
export type { ExecutionBudget } from './budget.js';
export type { TemplatePhase } from './errors.js';
export { BUILTINS, variadic } from './builtins.js';
export type { FuncMap, TemplateFunction } from './builtins.js';
export { chainResolvers, goFieldToJsonName, goJsonFieldResolver } from './fields.js';
export type { FieldResolver } from './fields.js';
export { compareStrings, formatFloat, formatValue, goTypeName, quoteGo, sortedKeys, sprint } from './format.js';
export { sprintf } from './printf.js';
export { deepEqual, goKind, isTrue } from './values.js';
export interface ParseOptions {
    /** Functions added to Go's builtins (they override builtins of the same name, as in Go). */
    funcs?: FuncMap;
    /** Consulted for `.Name` when the object has no own key `Name` (and for non-objects). */
    fieldResolver?: FieldResolver;
    /** What one execution may cost; unset limits are `DEFAULT_BUDGET`'s. Past it, execution fails. */
    budget?: Partial<ExecutionBudget>;
    /** The parse tree of this very text, read back with `deserializeTree`: not parsed again. */
    tree?: ReadonlyMap<string, TemplateDef>;
}
/** The parse tree of `text` (every `define` of it and the top level), for `serializeTree`. */
export declare function parseTree(name: string, text: string, funcs: FuncMap): Map<string, TemplateDef>;
export interface Template {
    /** The name given to `parseTemplate`; the top-level text is the template of this name. */
    readonly name: string;
    /** Names of all templates: the top level and every `define`/`block`. */
    templateNames(): string[];
    has(name: string): boolean;
    /** Execute the template `entryName` (default: the top level) with `data` as dot and `$`. */
    execute(data: unknown, entryName?: string): string;
}
export declare function parseTemplate(name: string, text: string, options?: ParseOptions): Template;
