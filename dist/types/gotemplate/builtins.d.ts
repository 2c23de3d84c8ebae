/**
 * A template function. Arguments arrive as template values (see format.ts); nil arrives as
 * `null`. Arity is `fn.length` exactly, or at least `fn.length` when `variadic` is set (use the
 * `variadic` helper). Throw an Error to fail the call (`error calling NAME: MESSAGE`).
 *
 * `inPlace` marks a function that returns a new list extending its first argument (`append`):
 * `inPlace(list, ...rest)` must leave `list` equal to what `fn(list, ...rest)` returns. The
 * engine then runs `{{ $x = fn $x … }}` in place when nothing but `$x` holds the list (it was
 * made by such a call and `$x` was not read since), so a loop of appends is linear, not
 * quadratic, and no other value can tell.
 */
export type TemplateFunction = ((...args: any[]) => unknown) & {
    variadic?: boolean;
    inPlace?: (list: unknown[], ...rest: any[]) => void;
};
export type FuncMap = Readonly<Record<string, TemplateFunction>>;
/** Mark a function as variadic: it takes at least `fn.length` arguments. */
export declare function variadic<F extends (...args: never[]) => unknown>(fn: F): F & {
    variadic: true;
};
export declare function eq(arg1: unknown, ...arg2: unknown[]): boolean;
export declare function lt(a: unknown, b: unknown): boolean;
export declare function htmlEscape(s: string): string;
export declare function jsEscape(s: string): string;
export declare function urlQueryEscape(s: string): string;
/** Go's builtin function table (text/template `builtins()`). */
export declare const BUILTINS: FuncMap;
