/**
 * Pipeline half of the parser: tokens, variables, pipelines, commands and operands
 * (text/template/parse's pipeline/command/operand/term).
 */
import type { ArgNode, CommandNode, PipeNode, VarRef } from './ast.js';
import { numberValue, unquote } from './constants.js';
import type { Token } from './lex.js';

export class ParseError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

export interface Scope {
  vars: VarRef[];
  slots: number;
}

export function newScope(): Scope {
  return { vars: [{ name: '$', slot: 0 }], slots: 1 };
}

const describe = (t: Token): string => {
  switch (t.type) {
    case 'eof':
      return 'EOF';
    case 'rightDelim':
      return '"}}"';
    case 'keyword':
      return `<${t.val}>`;
    case 'space':
      return 'space';
    default:
      return JSON.stringify(t.val);
  }
};

/**
 * How deep actions (`if`, `range`, `with`, `define`, `block`) and parenthesised pipelines may
 * nest. Parsing, compiling and running recurse once per level; a template of thousands of levels
 * would exhaust the stack (Go stops expressions at 10,000 levels; its stacks grow).
 */
export const MAX_NESTING = 1000;

export class PipelineParser {
  protected i = 0;
  protected scope: Scope = { vars: [], slots: 0 };
  private nesting = 0;

  /** Runs `parse` one nesting level down; past MAX_NESTING, a parse error at `t`. */
  protected nested<T>(t: Token, parse: () => T): T {
    if (this.nesting >= MAX_NESTING) throw this.err(`template nested more than ${MAX_NESTING} levels deep; the limit is ${MAX_NESTING}`, t);
    this.nesting++;
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  constructor(
    protected readonly text: string,
    protected readonly toks: Token[],
    protected readonly hasFunction: (name: string) => boolean,
  ) {}

  // ---- tokens
  protected peek(): Token {
    return this.toks[this.i]!;
  }
  protected next(): Token {
    return this.toks[this.i++]!;
  }
  protected peekNonSpace(): Token {
    let j = this.i;
    while (this.toks[j]!.type === 'space') j++;
    return this.toks[j]!;
  }
  protected nextNonSpace(): Token {
    while (this.toks[this.i]!.type === 'space') this.i++;
    return this.toks[this.i++]!;
  }
  protected expect(type: Token['type'], context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) throw this.unexpected(t, context);
    return t;
  }
  protected err(msg: string, t: Token): ParseError {
    return new ParseError(msg, t.pos);
  }
  protected unexpected(t: Token, context: string): ParseError {
    if (t.type === 'eof') return this.err(`unexpected EOF in ${context}`, t);
    return this.err(`unexpected ${describe(t)} in ${context}`, t);
  }
  protected unquoteTok(t: Token): string {
    try {
      return unquote(t.val);
    } catch {
      throw this.err(`malformed string: ${t.val}`, t);
    }
  }

  // ---- pipelines
  protected pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    return this.nested(this.peekNonSpace(), () => this.pipelineAt(context, end));
  }

  private pipelineAt(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const first = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: first.pos, src: '', isAssign: false, decl: [], cmds: [] };
    this.declarations(pipe, context);
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0 && (pipe.decl.length > 0 || end === 'rightParen' || context === 'command'))
          throw this.err('missing value for ' + context, t);
        pipe.src = this.text.slice(pipe.pos, t.pos).trim();
        for (let k = 1; k < pipe.cmds.length; k++) {
          const a = pipe.cmds[k]!.args[0]!;
          if (['bool', 'dot', 'nil', 'number', 'pipe', 'string'].includes(a.kind))
            throw this.err(`non executable command in pipeline stage ${k + 1}`, t);
        }
        return pipe;
      }
      switch (t.type) {
        case 'bool':
        case 'char':
        case 'dot':
        case 'field':
        case 'identifier':
        case 'number':
        case 'nil':
        case 'rawString':
        case 'string':
        case 'variable':
        case 'leftParen':
          this.i--;
          pipe.cmds.push(this.command());
          break;
        default:
          throw this.unexpected(t, context);
      }
    }
  }

  protected declarations(pipe: PipeNode, context: string): void {
    const save = this.i;
    const v = this.nextNonSpace();
    if (v.type !== 'variable') {
      this.i = save;
      return;
    }
    const after = this.peekNonSpace();
    if (after.type === 'declare' || after.type === 'assign') {
      this.nextNonSpace();
      pipe.isAssign = after.type === 'assign';
      pipe.decl.push(pipe.isAssign ? this.useVar(v) : this.declare(v.val));
      return;
    }
    if (after.type === 'comma') {
      this.nextNonSpace();
      if (context !== 'range') throw this.err(`too many declarations in ${context}`, after);
      const v2 = this.nextNonSpace();
      if (v2.type !== 'variable') throw this.err('range can only initialize variables', v2);
      const op = this.nextNonSpace();
      if (op.type !== 'declare' && op.type !== 'assign') throw this.unexpected(op, 'range');
      pipe.isAssign = op.type === 'assign';
      if (pipe.isAssign) pipe.decl.push(this.useVar(v), this.useVar(v2));
      else pipe.decl.push(this.declare(v.val), this.declare(v2.val));
      return;
    }
    this.i = save;
  }

  protected declare(name: string): VarRef {
    const ref = { name, slot: this.scope.slots++ };
    this.scope.vars.push(ref);
    return ref;
  }

  protected useVar(t: Token): VarRef {
    const name = t.val;
    for (let k = this.scope.vars.length - 1; k >= 0; k--) if (this.scope.vars[k]!.name === name) return this.scope.vars[k]!;
    throw this.err(`undefined variable "${name}"`, t);
  }

  protected command(): CommandNode {
    const start = this.peekNonSpace().pos;
    const cmd: CommandNode = { kind: 'command', pos: start, src: '', args: [] };
    for (;;) {
      const op = this.operand();
      if (op !== undefined) cmd.args.push(op);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.i--;
      else if (t.type !== 'pipe') throw this.unexpected(t, 'operand');
      cmd.src = this.text.slice(start, t.pos).trim();
      break;
    }
    if (cmd.args.length === 0) throw this.err('empty command', this.toks[this.i]!);
    return cmd;
  }

  protected operand(): ArgNode | undefined {
    const node = this.term();
    if (node === undefined) return undefined;
    if (this.peek().type !== 'field') return node;
    const idents: string[] = [];
    let end = 0;
    while (this.peek().type === 'field') {
      const f = this.next();
      idents.push(f.val.slice(1));
      end = f.pos + f.val.length;
    }
    const src = this.text.slice(node.pos, end);
    switch (node.kind) {
      case 'field':
        return { ...node, src, idents: [...node.idents, ...idents] };
      case 'variable':
        return { ...node, src, idents: [...node.idents, ...idents] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        throw new ParseError(`unexpected . after term ${JSON.stringify(node.src)}`, node.pos);
      default:
        return { kind: 'chain', pos: node.pos, src, node, idents };
    }
  }

  protected term(): ArgNode | undefined {
    const t = this.nextNonSpace();
    const base = { pos: t.pos, src: t.val };
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunction(t.val)) throw this.err(`function "${t.val}" not defined`, t);
        return { kind: 'identifier', ...base, name: t.val };
      case 'dot':
        return { kind: 'dot', ...base };
      case 'nil':
        return { kind: 'nil', ...base };
      case 'variable':
        return { kind: 'variable', ...base, ref: this.useVar(t), idents: [] };
      case 'field':
        return { kind: 'field', ...base, idents: [t.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', ...base, value: t.val === 'true' };
      case 'number':
      case 'char':
        try {
          return { kind: 'number', ...base, value: numberValue(t.val) };
        } catch (e) {
          throw this.err((e as Error).message, t);
        }
      case 'leftParen': {
        const p = this.pipeline('parenthesized pipeline', 'rightParen');
        p.src = this.text.slice(t.pos, this.toks[this.i - 1]!.pos + 1);
        return p;
      }
      case 'string':
      case 'rawString':
        return { kind: 'string', ...base, value: this.unquoteTok(t) };
    }
    this.i--;
    return undefined;
  }
}
