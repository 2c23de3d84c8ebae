/** Field lookup, method and function calls for the executor. */
import type { TemplateFunction } from './builtins.js';
import type { ExecutionBudget } from './budget.js';
import type { FieldResolver } from './fields.js';
/** Marks "no pipeline value" for a command's final argument. */
export declare const MISSING: unique symbol;
export interface State {
    out: string;
    frame: unknown[];
    depth: number;
    /** Steps taken and UTF-8 bytes written so far, against `budget`. */
    steps: number;
    outBytes: number;
    readonly budget: ExecutionBudget;
    /**
     * Lists that one variable alone holds: made by an `inPlace` function's call assigned to it,
     * and not read since (a read lets the list escape, so it leaves this set).
     */
    readonly owned: WeakSet<unknown[]>;
}
/** A function's result, unless it is a string or list larger than the budget allows. */
export declare function withinBudget(s: State, v: unknown, name: string): unknown;
export type Expr = (s: State, dot: unknown) => unknown;
/** A command: `final` is the previous command's value in a pipeline, or MISSING. */
export type Cmd = (s: State, dot: unknown, final: unknown) => unknown;
/** A lookup function for one field name, with the resolver's work precomputed when possible. */
export declare function fieldLookup(name: string, resolver: FieldResolver | undefined): (recv: unknown) => unknown;
export declare class Method {
    readonly fn: (...a: unknown[]) => unknown;
    constructor(fn: (...a: unknown[]) => unknown);
}
export declare function callMethod(name: string, fn: unknown, args: Expr[], s: State, dot: unknown, final: unknown): unknown;
export declare function nilIfUndefined(v: unknown): unknown;
/** A compiled call of template function `fn` with argument expressions `args`. */
export declare function makeCall(name: string, fn: TemplateFunction, args: Expr[]): Cmd;
