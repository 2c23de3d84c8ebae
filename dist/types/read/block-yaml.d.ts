/**
 * A fast reader for the plain block YAML that templates render: block mappings and sequences
 * (compact `- key: v` entries, and `key:` followed by `- item` at the key's own indentation),
 * plain and quoted single-line scalars, literal and folded block scalars (`|`, `|-`, `|+`, `>`…),
 * flow collections that open and close on one line, and comments.
 *
 * It gives exactly what js-yaml's `load(text, { schema })` gives, or declines: anything outside
 * that subset (anchors, aliases, tags, tabs, CR, directives, document markers, `?` keys, merge
 * keys, multi-line plain, quoted or flow scalars, indentation indicators, duplicate keys,
 * indentation js-yaml would reject or read otherwise, an empty document …) returns
 * `{ ok: false }`, and the caller reads the text with js-yaml. Plain scalars are resolved by the
 * schema's own implicit resolvers, as js-yaml's composer does; double-quoted scalars with escapes
 * are decoded by js-yaml itself. Tests hold it to js-yaml over every template output of the
 * conformance suites and generated YAML.
 */
import { type Schema } from 'js-yaml';
export type BlockYamlResult = {
    readonly ok: true;
    readonly value: unknown;
} | {
    readonly ok: false;
    readonly reason: string;
};
/**
 * A single-line scalar the reader read as a block entry's value: the line it stands on (0-based),
 * where its text starts on that line, and the path of keys and indexes to it from the root.
 */
export interface ScalarSite {
    readonly line: number;
    readonly start: number;
    readonly path: readonly (string | number)[];
}
/**
 * Reads `text` as js-yaml's `load(text, { schema })` would, when it is plain block YAML of the
 * subset above; otherwise declines (`ok: false`) and js-yaml must read it. With `sites`, the
 * single-line scalar values read are recorded there (for `render/rendered-reuse.ts`).
 */
export declare function parseBlockYaml(text: string, schema: Schema, sites?: ScalarSite[]): BlockYamlResult;
