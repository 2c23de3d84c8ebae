/**
 * Reading a template's output by difference. One template renders nearly the same text for every
 * pod: the same lines, with a name, a port list or an annotation's value changed on a few of
 * them. So the reader keeps, per template and line count, the last text it read in full (with
 * the value and where each single-line scalar stood), and reads a new text with as many lines as
 * a copy of that value in which only the changed scalars are read again.
 *
 * It is exact or it declines (`undefined`; the caller reads the text in full): every changed line
 * must be one that held a single-line scalar value (`key: v`, `- v`, `- key: v`), keep everything
 * before the value, and hold a value the full reader reads as a single-line scalar on its own
 * (`k: <value>`). The structure of block YAML is decided line by line from what precedes the
 * values, so the lines that did not change give the same nodes, and the changed values are what
 * the full reader would read there. `test/inject/rendered-overlays.ts` holds it to the full reader
 * over every pair of overlays of the conformance suites.
 */
import type { Schema } from 'js-yaml';
import { type BlockYamlResult } from '../read/block-yaml.js';
export declare class RenderedReuse {
    private readonly schema;
    private readonly seeds;
    /** The seed the last text was read by. */
    private last;
    constructor(schema: Schema);
    /** The value of `text` if a seed lets it be read by difference; undefined otherwise. */
    read(text: string): unknown;
    /** `v`, read by `seeds[k]`: that seed becomes the latest of its length, and what followed the last. */
    private readWith;
    private readBy;
    /**
     * Reads `text` in full, as `parseBlockYaml` does, and keeps what it read as a seed. The value
     * is frozen (deeply), and what `read` returns shares the seed's unchanged parts: the values
     * are read-only to the caller (the strategic merge copies what it takes from an overlay).
     */
    seed(text: string): BlockYamlResult;
}
