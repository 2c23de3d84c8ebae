import type { Position } from '../model/document.js';
/** Offsets → 1-based line and column, by binary search over line starts. */
export declare class LineIndex {
    private readonly starts;
    constructor(text: string);
    position(offset: number): Position;
}
