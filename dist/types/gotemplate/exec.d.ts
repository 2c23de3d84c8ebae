/**
 * Compiles parse trees into closures once; executing a template then only runs closures.
 * Statements return a loop-control code (0 normal, 1 break, 2 continue).
 */
import type { PipeNode, TemplateDef } from './ast.js';
import type { FuncMap } from './builtins.js';
import type { Expr, State } from './exec-calls.js';
import type { FieldResolver } from './fields.js';
type Stmt = (s: State, dot: unknown) => number;
/** V8's error for an exhausted call stack. */
export declare function isStackOverflow(e: unknown): boolean;
export interface CompiledDef {
    name: string;
    slots: number;
    run: Stmt;
}
export declare class Compiler {
    private readonly source;
    private readonly text;
    private readonly funcs;
    private readonly resolver;
    readonly compiled: Map<string, CompiledDef>;
    private current;
    constructor(source: string, text: string, funcs: FuncMap, resolver: FieldResolver | undefined);
    compileAll(defs: ReadonlyMap<string, TemplateDef>): Map<string, CompiledDef>;
    private fail;
    /** One step of the budget; past it, an error at `pos`. */
    private step;
    private list;
    private stmt;
    /**
     * A branch's statements (of `if`, `with`, `range` or their `else`), compiled when the branch
     * first runs, as part of template `tmpl` (the name its errors carry). A pod takes few of a
     * template's branches, and a run on one file compiled all of them (4.4 ms of the sidecar
     * template's 8.4 ms of parsing, `node --cpu-prof`); the caller keeps what this returns and
     * runs it from then on. A tree that parsed compiles without error: its functions were
     * checked by the parser (or, for a built-in tree, against the list it was built with).
     */
    private later;
    private range;
    private templateCall;
    /**
     * `{{ $x = f $x … }}` for a function with `inPlace` (see TemplateFunction): when `$x` alone
     * holds its list, the list is extended where it is; otherwise `f` is called and the new list
     * it returns is owned by `$x`. Undefined for any other statement.
     */
    private appendInPlace;
    /** Reading variable `slot`: a list it held alone is no longer its own (another value may keep it). */
    private readVariable;
    pipe(n: PipeNode): Expr;
    private command;
    private commandInner;
    /** An operand used as an argument (or a lone command word). */
    private arg;
    private fieldChain;
    private funcCall;
}
export {};
