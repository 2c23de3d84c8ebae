/**
 * Go `text/template` for plain JS data. Parse once with `parseTemplate`, execute many times.
 *
 * Value model: string → string, number → float64, bigint → int (integer literals in templates,
 * `len`, …), boolean → bool, null/undefined → nil, array → []interface{}, object →
 * map[string]interface{} (or a struct: the engine cannot tell), function → method/func.
 * Missing fields and map keys are `undefined`; printed directly they give `<no value>`.
 */
import { BUILTINS } from './builtins.js';
import type { FuncMap } from './builtins.js';
import { DEFAULT_BUDGET } from './budget.js';
import type { ExecutionBudget } from './budget.js';
import { TemplateError, lineCol } from './errors.js';
import { Compiler, isStackOverflow } from './exec.js';
import type { CompiledDef } from './exec.js';
import type { FieldResolver } from './fields.js';
import type { TemplateDef } from './ast.js';
import { ParseError, parse } from './parse.js';

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
export function parseTree(name: string, text: string, funcs: FuncMap): Map<string, TemplateDef> {
  return parse(name, text, (f) => Object.prototype.hasOwnProperty.call({ ...BUILTINS, ...funcs }, f));
}

export interface Template {
  /** The name given to `parseTemplate`; the top-level text is the template of this name. */
  readonly name: string;
  /** Names of all templates: the top level and every `define`/`block`. */
  templateNames(): string[];
  has(name: string): boolean;
  /** Execute the template `entryName` (default: the top level) with `data` as dot and `$`. */
  execute(data: unknown, entryName?: string): string;
}

export function parseTemplate(name: string, text: string, options: ParseOptions = {}): Template {
  const funcs: FuncMap = options.funcs ? { ...BUILTINS, ...options.funcs } : BUILTINS;
  let compiled: Map<string, CompiledDef>;
  try {
    const defs = options.tree ?? parse(name, text, (f) => Object.prototype.hasOwnProperty.call(funcs, f));
    compiled = new Compiler(name, text, funcs, options.fieldResolver).compileAll(defs);
  } catch (e) {
    if (e instanceof ParseError) {
      const { line, column } = lineCol(text, e.pos);
      throw new TemplateError('parse', name, line, column, e.message, undefined, undefined, { cause: e });
    }
    throw e;
  }
  return new CompiledTemplate(name, compiled, { ...DEFAULT_BUDGET, ...options.budget });
}

class CompiledTemplate implements Template {
  constructor(
    readonly name: string,
    private readonly defs: Map<string, CompiledDef>,
    private readonly budget: ExecutionBudget,
  ) {}

  templateNames(): string[] {
    return [...this.defs.keys()];
  }

  has(name: string): boolean {
    return this.defs.has(name);
  }

  execute(data: unknown, entryName: string = this.name): string {
    const def = this.defs.get(entryName);
    if (def === undefined)
      throw new TemplateError('exec', this.name, 1, 1, `no template ${JSON.stringify(entryName)} associated with template ${JSON.stringify(this.name)}`, entryName);
    const frame = new Array<unknown>(def.slots);
    frame[0] = data;
    const s = { out: '', frame, depth: 0, steps: 0, outBytes: 0, budget: this.budget, owned: new WeakSet<unknown[]>() };
    try {
      def.run(s, data);
    } catch (e) {
      if (isStackOverflow(e)) throw new TemplateError('exec', this.name, 1, 1, 'exceeded the call stack: templates call and nest too deep', entryName, undefined, { cause: e });
      throw e;
    }
    return s.out;
  }
}
