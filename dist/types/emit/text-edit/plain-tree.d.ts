import { type SourceTree } from './source-tree.js';
/** The tree of `text` when it is plain block YAML; null when the event parser must read it. */
export declare function readPlainTree(text: string): SourceTree | null;
