/**
 * Pipeline half of the parser: tokens, variables, pipelines, commands and operands
 * (text/template/parse's pipeline/command/operand/term).
 */
import type { ArgNode, CommandNode, PipeNode, VarRef } from './ast.js';
import type { Token } from './lex.js';
export declare class ParseError extends Error {
    readonly pos: number;
    constructor(message: string, pos: number);
}
export interface Scope {
    vars: VarRef[];
    slots: number;
}
export declare function newScope(): Scope;
/**
 * How deep actions (`if`, `range`, `with`, `define`, `block`) and parenthesised pipelines may
 * nest. Parsing, compiling and running recurse once per level; a template of thousands of levels
 * would exhaust the stack (Go stops expressions at 10,000 levels; its stacks grow).
 */
export declare const MAX_NESTING = 1000;
export declare class PipelineParser {
    protected readonly text: string;
    protected readonly toks: Token[];
    protected readonly hasFunction: (name: string) => boolean;
    protected i: number;
    protected scope: Scope;
    private nesting;
    /** Runs `parse` one nesting level down; past MAX_NESTING, a parse error at `t`. */
    protected nested<T>(t: Token, parse: () => T): T;
    constructor(text: string, toks: Token[], hasFunction: (name: string) => boolean);
    protected peek(): Token;
    protected next(): Token;
    protected peekNonSpace(): Token;
    protected nextNonSpace(): Token;
    protected expect(type: Token['type'], context: string): Token;
    protected err(msg: string, t: Token): ParseError;
    protected unexpected(t: Token, context: string): ParseError;
    protected unquoteTok(t: Token): string;
    protected pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode;
    private pipelineAt;
    protected declarations(pipe: PipeNode, context: string): void;
    protected declare(name: string): VarRef;
    protected useVar(t: Token): VarRef;
    protected command(): CommandNode;
    protected operand(): ArgNode | undefined;
    protected term(): ArgNode | undefined;
}
