import type { Edit } from './edits.js';
import { type RenderStyle } from './render.js';
import type { SourceTree } from './source-tree.js';
export declare class Planner {
    private readonly text;
    private readonly tree;
    private readonly style;
    readonly edits: Edit[];
    /** Nodes replaced whole because they could not be edited inside, with why. */
    readonly fallbacks: string[];
    constructor(text: string, tree: SourceTree, style: RenderStyle);
    document(before: unknown, after: unknown): void;
    private node;
    private fallback;
    private childPlace;
    /** An empty flow collection outside a flow collection (`annotations: {}`) becomes a block one: it is replaced. */
    private growsFromEmpty;
    private mapping;
    private sequence;
    /** A changed scalar, in its own quoting when the new value allows it. */
    private scalar;
    /** An edit, unless it would take out an anchor that an alias elsewhere refers to. */
    private push;
    /** A node replaced whole by the new value, written in the style of its place. */
    private replace;
}
