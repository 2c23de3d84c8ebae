import type { SourceNode } from './source-tree.js';
export declare function zeroIndentedLists(text: string, root: SourceNode): boolean;
