/**
 * Compiles parse trees into closures once; executing a template then only runs closures.
 * Statements return a loop-control code (0 normal, 1 break, 2 continue).
 */
import type { ArgNode, CommandNode, ListNode, PipeNode, StmtNode, TemplateDef } from './ast.js';
import type { FuncMap, TemplateFunction } from './builtins.js';
import { outputExceeded, stepsExceeded } from './budget.js';
import { ExecFailure, TemplateError, lineCol } from './errors.js';
import { MISSING, Method, callMethod, fieldLookup, makeCall, nilIfUndefined, withinBudget } from './exec-calls.js';
import type { Cmd, Expr, State } from './exec-calls.js';
import type { FieldResolver } from './fields.js';
import { isMap } from './fields.js';
import { formatValue, sortedKeys } from './format.js';
import { isTrue, utf8Length } from './values.js';

type Stmt = (s: State, dot: unknown) => number;

const MAX_DEPTH = 2000;

/** V8's error for an exhausted call stack. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

export interface CompiledDef {
  name: string;
  slots: number;
  run: Stmt;
}

export class Compiler {
  readonly compiled = new Map<string, CompiledDef>();
  private current = '';

  constructor(
    private readonly source: string,
    private readonly text: string,
    private readonly funcs: FuncMap,
    private readonly resolver: FieldResolver | undefined,
  ) {}

  compileAll(defs: ReadonlyMap<string, TemplateDef>): Map<string, CompiledDef> {
    for (const d of defs.values()) {
      this.current = d.name;
      this.compiled.set(d.name, { name: d.name, slots: d.slots, run: this.list(d.root) });
    }
    return this.compiled;
  }

  // ---- errors
  private fail(e: unknown, pos: number, src: string, tmpl: string, withContext = true): never {
    if (e instanceof TemplateError) throw e;
    const { line, column } = lineCol(this.text, pos);
    const msg = e instanceof Error ? e.message : String(e);
    throw new TemplateError('exec', this.source, line, column, msg, tmpl, withContext ? src : undefined, { cause: e });
  }

  /** One step of the budget; past it, an error at `pos`. */
  private step(s: State, pos: number, src: string, tmpl: string): void {
    if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), pos, src, tmpl);
  }

  // ---- statements
  private list(l: ListNode): Stmt {
    const parts = l.nodes.map((n) => this.stmt(n));
    // Merge nothing fancy: a flat loop is fastest for short lists.
    if (parts.length === 1) return parts[0]!;
    return (s, dot) => {
      for (let i = 0; i < parts.length; i++) {
        const r = parts[i]!(s, dot);
        if (r !== 0) return r;
      }
      return 0;
    };
  }

  private stmt(n: StmtNode): Stmt {
    switch (n.kind) {
      case 'list':
        return this.list(n);
      case 'text': {
        const t = n.text;
        const bytes = utf8Length(t);
        const tmpl = this.current;
        return (s) => {
          s.out += t;
          if ((s.outBytes += bytes) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, '', tmpl, false);
          return 0;
        };
      }
      case 'action': {
        const extend = this.appendInPlace(n.pipe);
        if (extend) return extend;
        const p = this.pipe(n.pipe);
        if (n.pipe.decl.length > 0)
          return (s, dot) => {
            p(s, dot);
            return 0;
          };
        const tmpl = this.current;
        return (s, dot) => {
          const v = p(s, dot);
          const text = typeof v === 'string' ? v : v === null || v === undefined ? '<no value>' : formatValue(v);
          s.out += text;
          if ((s.outBytes += utf8Length(text)) > s.budget.maxOutputBytes) this.fail(new ExecFailure(outputExceeded(s.budget)), n.pos, n.pipe.src, tmpl);
          return 0;
        };
      }
      case 'if':
      case 'with': {
        const p = this.pipe(n.pipe);
        // Each branch is compiled when it first runs (`later`).
        const tmpl = this.current;
        const elseList = n.elseList;
        let body: Stmt = (s, dot) => (body = this.later(tmpl, n.list))(s, dot);
        let alt: Stmt | undefined = elseList ? (s, dot) => (alt = this.later(tmpl, elseList))(s, dot) : undefined;
        const isWith = n.kind === 'with';
        return (s, dot) => {
          const v = p(s, dot);
          if (isTrue(v)) return body(s, isWith ? v : dot);
          return alt ? alt(s, dot) : 0;
        };
      }
      case 'range':
        return this.range(n.pipe, n.list, n.elseList);
      case 'template':
        return this.templateCall(n.name, n.pipe, n.pos);
      case 'break':
        return () => 1;
      case 'continue':
        return () => 2;
    }
  }

  /**
   * A branch's statements (of `if`, `with`, `range` or their `else`), compiled when the branch
   * first runs, as part of template `tmpl` (the name its errors carry). A pod takes few of a
   * template's branches, and a run on one file compiled all of them (4.4 ms of the sidecar
   * template's 8.4 ms of parsing, `node --cpu-prof`); the caller keeps what this returns and
   * runs it from then on. A tree that parsed compiles without error: its functions were
   * checked by the parser (or, for a built-in tree, against the list it was built with).
   */
  private later(tmpl: string, l: ListNode): Stmt {
    const outer = this.current;
    this.current = tmpl;
    try {
      return this.list(l);
    } finally {
      this.current = outer;
    }
  }

  private range(pipeNode: PipeNode, listNode: ListNode, elseNode: ListNode | undefined): Stmt {
    const p = this.pipe(pipeNode);
    const tmpl = this.current;
    let body: Stmt = (s, dot) => (body = this.later(tmpl, listNode))(s, dot);
    let alt: Stmt | undefined = elseNode ? (s, dot) => (alt = this.later(tmpl, elseNode))(s, dot) : undefined;
    const decl = pipeNode.decl;
    // With two variables: first gets the index/key, second the element. With one: the element.
    const keySlot = decl.length === 2 ? decl[0]!.slot : -1;
    const elemSlot = decl.length === 2 ? decl[1]!.slot : decl.length === 1 ? decl[0]!.slot : -1;
    const iter = (s: State, key: unknown, elem: unknown): number => {
      this.step(s, pipeNode.pos, pipeNode.src, tmpl);
      if (keySlot >= 0) s.frame[keySlot] = key;
      if (elemSlot >= 0) s.frame[elemSlot] = elem;
      return body(s, elem);
    };
    return (s, dot) => {
      const v = p(s, dot);
      let count = 0;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          count++;
          if (iter(s, BigInt(i), v[i]) === 1) break;
        }
      } else if (isMap(v)) {
        for (const k of sortedKeys(v)) {
          count++;
          if (iter(s, k, v[k]) === 1) break;
        }
      } else if (typeof v === 'bigint') {
        if (keySlot >= 0) this.fail(new ExecFailure(`can't use ${v} to iterate over more than one variable`), pipeNode.pos, pipeNode.src, tmpl);
        for (let i = 0n; i < v; i++) {
          count++;
          if (iter(s, i, i) === 1) break;
        }
      } else if (v !== null && v !== undefined) {
        this.fail(new ExecFailure(`range can't iterate over ${formatValue(v)}`), pipeNode.pos, pipeNode.src, tmpl);
      }
      if (count === 0 && alt) return alt(s, dot);
      return 0;
    };
  }

  private templateCall(name: string, pipeNode: PipeNode | undefined, pos: number): Stmt {
    const p = pipeNode ? this.pipe(pipeNode) : undefined;
    const tmpl = this.current;
    const src = `{{template ${JSON.stringify(name)}${pipeNode ? ' ' + pipeNode.src : ''}}}`;
    let target: CompiledDef | undefined;
    return (s, dot) => {
      target ??= this.compiled.get(name);
      if (target === undefined) this.fail(new ExecFailure(`template ${JSON.stringify(name)} not defined`), pos, src, tmpl);
      if (s.depth >= MAX_DEPTH) this.fail(new ExecFailure(`exceeded maximum template depth (${MAX_DEPTH})`), pos, src, tmpl);
      this.step(s, pos, src, tmpl);
      const data = p ? p(s, dot) : undefined;
      const saved = s.frame;
      s.frame = new Array(target.slots);
      s.frame[0] = data;
      s.depth++;
      try {
        target.run(s, data);
      } catch (e) {
        // Recursion whose every level nests actions can exhaust the stack before MAX_DEPTH.
        if (isStackOverflow(e)) this.fail(new ExecFailure(`exceeded the call stack at template depth ${s.depth}: templates call and nest too deep`), pos, src, tmpl);
        throw e;
      } finally {
        s.depth--;
        s.frame = saved;
      }
      return 0;
    };
  }

  /**
   * `{{ $x = f $x … }}` for a function with `inPlace` (see TemplateFunction): when `$x` alone
   * holds its list, the list is extended where it is; otherwise `f` is called and the new list
   * it returns is owned by `$x`. Undefined for any other statement.
   */
  private appendInPlace(n: PipeNode): Stmt | undefined {
    if (!n.isAssign || n.decl.length !== 1 || n.cmds.length !== 1) return undefined;
    const cmd = n.cmds[0]!;
    const [head, target, ...restNodes] = cmd.args;
    if (head?.kind !== 'identifier' || target?.kind !== 'variable' || target.idents.length > 0) return undefined;
    const slot = n.decl[0]!.slot;
    if (target.ref.slot !== slot) return undefined;
    const fn: TemplateFunction | undefined = Object.hasOwn(this.funcs, head.name) ? this.funcs[head.name] : undefined;
    const extend = fn?.inPlace;
    if (fn === undefined || extend === undefined || fn.variadic === true || fn.length !== 1 + restNodes.length) return undefined;
    const rest = restNodes.map((a) => this.arg(a));
    const name = head.name;
    const tmpl = this.current;
    return (s, dot) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), cmd.pos, cmd.src, tmpl);
      try {
        const cur = s.frame[slot];
        const args = rest.map((a) => nilIfUndefined(a(s, dot)));
        // Checked after the arguments: `$x = append $x $x` reads the list, which then escapes.
        if (Array.isArray(cur) && s.owned.has(cur) && cur.length < s.budget.maxListLength) {
          extend(cur, ...args);
          return 0;
        }
        let v: unknown;
        try {
          v = fn(nilIfUndefined(cur), ...args);
        } catch (e) {
          throw new ExecFailure(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
        }
        v = withinBudget(s, v, name);
        if (Array.isArray(v) && v !== cur) s.owned.add(v);
        s.frame[slot] = v;
      } catch (e) {
        this.fail(e, cmd.pos, cmd.src, tmpl);
      }
      return 0;
    };
  }

  /** Reading variable `slot`: a list it held alone is no longer its own (another value may keep it). */
  private readVariable(slot: number): Expr {
    return (s) => {
      const v = s.frame[slot];
      if (Array.isArray(v)) s.owned.delete(v);
      return v;
    };
  }

  // ---- pipelines and commands
  pipe(n: PipeNode): Expr {
    const cmds = n.cmds.map((c) => this.command(c));
    const decl = n.decl;
    const slot = decl.length > 0 ? decl[0]!.slot : -1;
    if (cmds.length === 1) {
      const c = cmds[0]!;
      if (slot < 0) return (s, dot) => c(s, dot, MISSING);
      return (s, dot) => (s.frame[slot] = c(s, dot, MISSING));
    }
    return (s, dot) => {
      let v: unknown = MISSING;
      for (let i = 0; i < cmds.length; i++) v = cmds[i]!(s, dot, v);
      if (slot >= 0) s.frame[slot] = v;
      return v;
    };
  }

  private command(c: CommandNode): Cmd {
    const inner = this.commandInner(c);
    const tmpl = this.current;
    return (s, dot, final) => {
      if (++s.steps > s.budget.maxSteps) this.fail(new ExecFailure(stepsExceeded(s.budget)), c.pos, c.src, tmpl);
      try {
        return inner(s, dot, final);
      } catch (e) {
        return this.fail(e, c.pos, c.src, tmpl);
      }
    };
  }

  private commandInner(c: CommandNode): Cmd {
    const first = c.args[0]!;
    const rest = c.args.slice(1);
    switch (first.kind) {
      case 'identifier':
        return this.funcCall(first.name, rest);
      case 'field':
        return this.fieldChain((_s, dot) => dot, first.idents, rest);
      case 'variable': {
        const slot = first.ref.slot;
        if (first.idents.length > 0) return this.fieldChain(this.readVariable(slot), first.idents, rest);
        break;
      }
      case 'chain': {
        const base = this.arg(first.node);
        return this.fieldChain(base, first.idents, rest);
      }
      case 'nil':
        return () => {
          throw new ExecFailure('nil is not a command');
        };
    }
    const e = this.arg(first);
    const hasArgs = rest.length > 0;
    return (s, dot, final) => {
      if (hasArgs || final !== MISSING) throw new ExecFailure(`can't give argument to non-function ${first.src}`);
      return e(s, dot);
    };
  }

  /** An operand used as an argument (or a lone command word). */
  private arg(a: ArgNode): Expr {
    switch (a.kind) {
      case 'dot':
        return (_s, dot) => dot;
      case 'nil':
        return () => null;
      case 'bool':
      case 'number':
      case 'string': {
        const v = a.value;
        return () => v;
      }
      case 'variable': {
        const slot = a.ref.slot;
        if (a.idents.length === 0) return this.readVariable(slot);
        const chain = this.fieldChain(this.readVariable(slot), a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case 'field': {
        const chain = this.fieldChain((_s, dot) => dot, a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case 'chain': {
        const chain = this.fieldChain(this.arg(a.node), a.idents, []);
        return (s, dot) => chain(s, dot, MISSING);
      }
      case 'identifier': {
        const call = this.funcCall(a.name, []);
        return (s, dot) => call(s, dot, MISSING);
      }
      case 'pipe':
        return this.pipe(a);
    }
  }

  private fieldChain(base: Expr, idents: string[], argNodes: ArgNode[]): Cmd {
    const args = argNodes.map((a) => this.arg(a));
    const lookups = idents.map((name) => fieldLookup(name, this.resolver));
    const last = idents.length - 1;
    if (args.length === 0 && last === 0) {
      const look = lookups[0]!;
      const name = idents[0]!;
      return (s, dot, final) => {
        const v = look(base(s, dot));
        if (v instanceof Method) return callMethod(name, v.fn, [], s, dot, final);
        if (final !== MISSING) throw new ExecFailure(`${name} is not a method but has arguments`);
        return v;
      };
    }
    return (s, dot, final) => {
      let recv = base(s, dot);
      for (let i = 0; i <= last; i++) {
        const v = lookups[i]!(recv);
        if (v instanceof Method) recv = callMethod(idents[i]!, v.fn, i === last ? args : [], s, dot, i === last ? final : MISSING);
        else if (i === last && (args.length > 0 || final !== MISSING)) throw new ExecFailure(`${idents[i]} is not a method but has arguments`);
        else recv = v;
      }
      return recv;
    };
  }

  private funcCall(name: string, argNodes: ArgNode[]): Cmd {
    const fn: TemplateFunction | undefined = this.funcs[name];
    if (fn === undefined) throw new ExecFailure(`function ${JSON.stringify(name)} not defined`);
    return makeCall(name, fn, argNodes.map((a) => this.arg(a)));
  }

}

