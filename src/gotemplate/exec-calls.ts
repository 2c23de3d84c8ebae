/** Field lookup, method and function calls for the executor. */
import type { TemplateFunction } from './builtins.js';
import { BUILTINS } from './builtins.js';
import type { ExecutionBudget } from './budget.js';
import { listExceeded, stringExceeded } from './budget.js';
import { ExecFailure, TemplateError } from './errors.js';
import type { FieldResolver } from './fields.js';
import { goFieldToJsonName, goJsonFieldResolver, isMap } from './fields.js';
import { goTypeName } from './format.js';
import { isTrue } from './values.js';

/** Marks "no pipeline value" for a command's final argument. */
export const MISSING: unique symbol = Symbol('missing');

const hasOwn = Object.prototype.hasOwnProperty;

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
export function withinBudget(s: State, v: unknown, name: string): unknown {
  if (typeof v === 'string') {
    if (v.length > s.budget.maxOutputBytes) throw new ExecFailure(`error calling ${name}: ${stringExceeded(s.budget)}`);
  } else if (Array.isArray(v) && v.length > s.budget.maxListLength) throw new ExecFailure(`error calling ${name}: ${listExceeded(s.budget, v.length)}`);
  return v;
}

export type Expr = (s: State, dot: unknown) => unknown;
/** A command: `final` is the previous command's value in a pipeline, or MISSING. */
export type Cmd = (s: State, dot: unknown, final: unknown) => unknown;

/** A lookup function for one field name, with the resolver's work precomputed when possible. */
export function fieldLookup(name: string, resolver: FieldResolver | undefined): (recv: unknown) => unknown {
  const miss = (recv: unknown): unknown => {
    const v = resolver === undefined ? undefined : resolver(recv, name);
    if (v === undefined && recv !== null && recv !== undefined && !isMap(recv))
      throw new ExecFailure(`can't evaluate field ${name} in type ${goTypeName(recv)}`);
    // Functions from the resolver are methods; function values stored in the data are not.
    return typeof v === 'function' ? new Method(v as (...a: unknown[]) => unknown) : v;
  };
  // Names that exist on Object.prototype need the own-property check; others don't.
  const safe = !(name in Object.prototype);
  if (resolver === goJsonFieldResolver) {
    // Fast path for the common case: the exact or the JSON name is an own key.
    const j = goFieldToJsonName(name);
    const jSafe = !(j in Object.prototype);
    return (recv) => {
      if (typeof recv === 'object' && recv !== null && !Array.isArray(recv)) {
        const o = recv as Record<string, unknown>;
        if (safe) {
          const v = o[name];
          if (v !== undefined) return v;
        } else if (hasOwn.call(o, name)) return o[name];
        if (jSafe) {
          const v = o[j];
          if (v !== undefined) return v;
        } else if (hasOwn.call(o, j)) return o[j];
      }
      return miss(recv);
    };
  }
  return (recv) => {
    if (typeof recv === 'object' && recv !== null && !Array.isArray(recv)) {
      const o = recv as Record<string, unknown>;
      if (safe) {
        const v = o[name];
        if (v !== undefined) return v;
      } else if (hasOwn.call(o, name)) return o[name];
    }
    return miss(recv);
  };
}

export class Method {
  constructor(readonly fn: (...a: unknown[]) => unknown) {}
}

export function callMethod(name: string, fn: unknown, args: Expr[], s: State, dot: unknown, final: unknown): unknown {
  const argv: unknown[] = [];
  for (const a of args) argv.push(nilIfUndefined(a(s, dot)));
  if (final !== MISSING) argv.push(nilIfUndefined(final));
  try {
    return (fn as (...a: unknown[]) => unknown)(...argv);
  } catch (e) {
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function nilIfUndefined(v: unknown): unknown {
  return v === undefined ? null : v;
}

/** A compiled call of template function `fn` with argument expressions `args`. */
export function makeCall(name: string, fn: TemplateFunction, args: Expr[]): Cmd {
  const want = fn.length;
  const isVariadic = fn.variadic === true;
  const checkArity = (got: number): void => {
    if (isVariadic ? got < want : got !== want)
      throw new ExecFailure(`wrong number of args for ${name}: want ${isVariadic ? 'at least ' : ''}${want} got ${got}`);
  };
  if (fn === BUILTINS['and'] || fn === BUILTINS['or']) {
    const isOr = fn === BUILTINS['or'];
    return (s, dot, final) => {
      checkArity(args.length + (final === MISSING ? 0 : 1));
      let v: unknown;
      for (let i = 0; i < args.length; i++) {
        v = args[i]!(s, dot);
        if (isTrue(v) === isOr) return v;
      }
      return final === MISSING ? v : final;
    };
  }
  const n = args.length;
  const failCall = (e: unknown): never => {
    if (e instanceof TemplateError) throw e;
    throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
  };
  const general: Cmd = (s, dot, final) => {
    const got = n + (final === MISSING ? 0 : 1);
    if (got !== want || isVariadic) checkArity(got);
    let v: unknown;
    // Up to three arguments (nearly every call, pipelines' `x | default "y"` and `x | quote`
    // included) are passed without building an array to spread.
    if (got <= 3) {
      const a = n > 0 ? nilIfUndefined(args[0]!(s, dot)) : nilIfUndefined(final);
      const b = n > 1 ? nilIfUndefined(args[1]!(s, dot)) : n === 1 ? nilIfUndefined(final) : undefined;
      const c = n > 2 ? nilIfUndefined(args[2]!(s, dot)) : n === 2 ? nilIfUndefined(final) : undefined;
      try {
        v = got === 0 ? fn() : got === 1 ? fn(a) : got === 2 ? fn(a, b) : fn(a, b, c);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    }
    const argv = new Array<unknown>(got);
    for (let i = 0; i < n; i++) argv[i] = nilIfUndefined(args[i]!(s, dot));
    if (final !== MISSING) argv[n] = nilIfUndefined(final);
    try {
      v = fn(...argv);
    } catch (e) {
      return failCall(e);
    }
    return withinBudget(s, v, name);
  };
  const a0 = args[0];
  const a1 = args[1];
  if (n === 1 && want === 1 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0!(s, dot));
      let v: unknown;
      try {
        v = fn(x);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  if (n === 2 && want === 2 && !isVariadic) {
    return (s, dot, final) => {
      if (final !== MISSING) return general(s, dot, final);
      const x = nilIfUndefined(a0!(s, dot));
      const y = nilIfUndefined(a1!(s, dot));
      let v: unknown;
      try {
        v = fn(x, y);
      } catch (e) {
        return failCall(e);
      }
      return withinBudget(s, v, name);
    };
  }
  return general;
}
