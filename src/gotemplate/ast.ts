/**
 * Parse tree of a Go text/template. Positions are byte offsets into the parsed text; `src` holds
 * the node's source text for error messages (Go prints the node in `at <...>`).
 */

export interface ListNode {
  kind: 'list';
  nodes: StmtNode[];
}

export interface TextNode {
  kind: 'text';
  pos: number;
  text: string;
}

export interface ActionNode {
  kind: 'action';
  pos: number;
  pipe: PipeNode;
}

export interface BranchNode {
  kind: 'if' | 'with' | 'range';
  pos: number;
  pipe: PipeNode;
  list: ListNode;
  elseList: ListNode | undefined;
}

export interface TemplateCallNode {
  kind: 'template';
  pos: number;
  name: string;
  pipe: PipeNode | undefined;
}

export interface LoopControlNode {
  kind: 'break' | 'continue';
  pos: number;
}

export type StmtNode = ListNode | TextNode | ActionNode | BranchNode | TemplateCallNode | LoopControlNode;

/** A variable reference resolved at parse time to a slot of the template's frame. */
export interface VarRef {
  name: string;
  slot: number;
}

export interface PipeNode {
  kind: 'pipe';
  pos: number;
  src: string;
  /** `$x = …` rather than `$x := …`. */
  isAssign: boolean;
  decl: VarRef[];
  cmds: CommandNode[];
}

export interface CommandNode {
  kind: 'command';
  pos: number;
  src: string;
  args: ArgNode[];
}

export interface FieldNode {
  kind: 'field';
  pos: number;
  src: string;
  /** `.A.B` → ['A', 'B'] */
  idents: string[];
}

export interface VariableNode {
  kind: 'variable';
  pos: number;
  src: string;
  ref: VarRef;
  /** `$x.A.B` → ['A', 'B'] */
  idents: string[];
}

export interface ChainNode {
  kind: 'chain';
  pos: number;
  src: string;
  node: ArgNode;
  idents: string[];
}

export interface IdentifierNode {
  kind: 'identifier';
  pos: number;
  src: string;
  name: string;
}

export interface ConstNode {
  kind: 'dot' | 'nil' | 'bool' | 'number' | 'string';
  pos: number;
  src: string;
  /** bool → boolean, number → bigint (Go int) or number (Go float64), string → string. */
  value?: unknown;
}

export type ArgNode = FieldNode | VariableNode | ChainNode | IdentifierNode | ConstNode | PipeNode;

/** One named template: its body and how many variable slots its frame needs. */
export interface TemplateDef {
  name: string;
  root: ListNode;
  slots: number;
}
