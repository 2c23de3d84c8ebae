/**
 * Parser for Go's text/template language, following text/template/parse: same grammar, same
 * checks (undefined functions and variables are parse errors) and close to the same messages.
 */
import type { TemplateDef } from './ast.js';
export { ParseError } from './parse-pipeline.js';
/** Parse `text` into its templates: the top level under `name`, plus every `define`/`block`. */
export declare function parse(name: string, text: string, hasFunction: (name: string) => boolean): Map<string, TemplateDef>;
