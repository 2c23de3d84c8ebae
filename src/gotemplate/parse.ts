/**
 * Parser for Go's text/template language, following text/template/parse: same grammar, same
 * checks (undefined functions and variables are parse errors) and close to the same messages.
 */
import type { BranchNode, ListNode, PipeNode, StmtNode, TemplateDef } from './ast.js';
import { LexError, lex } from './lex.js';
import type { Token } from './lex.js';
import { ParseError, PipelineParser, newScope } from './parse-pipeline.js';

export { ParseError } from './parse-pipeline.js';

/** Parse `text` into its templates: the top level under `name`, plus every `define`/`block`. */
export function parse(name: string, text: string, hasFunction: (name: string) => boolean): Map<string, TemplateDef> {
  let toks: Token[];
  try {
    toks = lex(text);
  } catch (e) {
    if (e instanceof LexError) throw new ParseError(e.message, e.pos);
    throw e;
  }
  return new Parser(text, toks, hasFunction).parseAll(name);
}

class Parser extends PipelineParser {
  private rangeDepth = 0;
  private readonly defs = new Map<string, TemplateDef>();

  parseAll(name: string): Map<string, TemplateDef> {
    this.scope = newScope();
    const root: ListNode = { kind: 'list', nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const save = this.i;
        this.next();
        if (this.peekNonSpace().type === 'keyword' && this.peekNonSpace().val === 'define') {
          this.nextNonSpace();
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n === 'end' || n === 'else') throw this.err(`unexpected {{${n}}}`, this.toks[this.i - 1]!);
      root.nodes.push(n);
    }
    this.addDef({ name, root, slots: this.scope.slots });
    return this.defs;
  }

  private addDef(def: TemplateDef): void {
    const old = this.defs.get(def.name);
    if (old !== undefined && !isEmpty(def.root)) {
      if (!isEmpty(old.root)) throw new ParseError(`multiple definition of template "${def.name}"`, 0);
    }
    if (old === undefined || !isEmpty(def.root)) this.defs.set(def.name, def);
  }

  private parseDefinition(): void {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawString') throw this.unexpected(nameTok, 'define clause');
    const name = this.unquoteTok(nameTok);
    this.expect('rightDelim', 'define clause');
    const outer = this.scope;
    this.scope = newScope();
    const [root, end] = this.itemList();
    if (end !== 'end') throw this.err(`unexpected {{${end}}} in define clause`, this.toks[this.i - 1]!);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
  }

  // ---- lists and actions
  /** Parse until {{end}} or {{else}}; returns the list and which keyword ended it. */
  private itemList(): [ListNode, 'end' | 'else'] {
    return this.nested(this.peek(), () => this.items());
  }

  private items(): [ListNode, 'end' | 'else'] {
    const list: ListNode = { kind: 'list', nodes: [] };
    for (;;) {
      if (this.peek().type === 'eof') throw this.err('unexpected EOF', this.peek());
      const n = this.textOrAction();
      if (n === 'end' || n === 'else') return [list, n];
      list.nodes.push(n);
    }
  }

  private textOrAction(): StmtNode | 'end' | 'else' {
    const t = this.next();
    if (t.type === 'text') return { kind: 'text', pos: t.pos, text: t.val };
    if (t.type === 'leftDelim') return this.action();
    throw this.unexpected(t, 'input');
  }

  private action(): StmtNode | 'end' | 'else' {
    const t = this.peekNonSpace();
    if (t.type === 'keyword') {
      this.nextNonSpace();
      switch (t.val) {
        case 'end':
          this.expect('rightDelim', 'end');
          return 'end';
        case 'else': {
          const p = this.peekNonSpace();
          // "else if" / "else with": leave the keyword for the enclosing control to parse.
          if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) return 'else';
          this.expect('rightDelim', 'else');
          return 'else';
        }
        case 'if':
        case 'with':
        case 'range':
          return this.control(t.val, t.pos);
        case 'template':
          return this.templateCall(t.pos);
        case 'block':
          return this.block(t.pos);
        case 'break':
        case 'continue':
          if (this.rangeDepth === 0) throw this.err(`{{${t.val}}} outside {{range}}`, t);
          this.expect('rightDelim', `{{${t.val}}}`);
          return { kind: t.val, pos: t.pos };
        default:
          throw this.err(`unexpected <${t.val}> in command`, t);
      }
    }
    return { kind: 'action', pos: t.pos, pipe: this.pipeline('command', 'rightDelim') };
  }

  private control(ctx: 'if' | 'with' | 'range', pos: number): BranchNode {
    const mark = this.scope.vars.length;
    const pipe = this.pipeline(ctx, 'rightDelim');
    if (pipe.decl.length === 0 && pipe.cmds.length === 0) throw this.err(`missing value for ${ctx}`, this.toks[this.i - 1]!);
    if (ctx === 'range') this.rangeDepth++;
    const [list, end] = this.itemList();
    if (ctx === 'range') this.rangeDepth--;
    let elseList: ListNode | undefined;
    if (end === 'else') {
      const p = this.peekNonSpace();
      if ((ctx === 'if' && p.val === 'if') || (ctx === 'with' && p.val === 'with')) {
        if (p.type === 'keyword') {
          this.nextNonSpace();
          // Only one {{end}} closes the whole chain.
          elseList = { kind: 'list', nodes: [this.nested(p, () => this.control(ctx, p.pos))] };
        }
      } else if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) {
        throw this.err(`unexpected <${p.val}> after {{else}} in ${ctx}`, p);
      }
      if (elseList === undefined) {
        const [l, end2] = this.itemList();
        if (end2 !== 'end') throw this.err('expected end; found {{else}}', this.toks[this.i - 1]!);
        elseList = l;
      }
    }
    this.scope.vars.length = mark;
    return { kind: ctx, pos, pipe, list, elseList };
  }

  private templateCall(pos: number): StmtNode {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawString') throw this.unexpected(nameTok, 'template clause');
    const name = this.unquoteTok(nameTok);
    let pipe: PipeNode | undefined;
    if (this.peekNonSpace().type !== 'rightDelim') pipe = this.pipeline('template clause', 'rightDelim');
    else this.nextNonSpace();
    return { kind: 'template', pos, name, pipe };
  }

  private block(pos: number): StmtNode {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawString') throw this.unexpected(nameTok, 'block clause');
    const name = this.unquoteTok(nameTok);
    const pipe = this.pipeline('block clause', 'rightDelim');
    const outer = this.scope;
    const outerRange = this.rangeDepth;
    this.scope = newScope();
    this.rangeDepth = 0;
    const [root, end] = this.itemList();
    if (end !== 'end') throw this.err('unexpected {{else}} in block clause', this.toks[this.i - 1]!);
    this.addDef({ name, root, slots: this.scope.slots });
    this.scope = outer;
    this.rangeDepth = outerRange;
    return { kind: 'template', pos, name, pipe };
  }
}

function isEmpty(l: ListNode): boolean {
  return l.nodes.every((n) => n.kind === 'text' && n.text.trim() === '');
}
