/**
 * The text of what the edit writer inserts: new values written by the re-serialiser (the same
 * quoting, block scalars and list style as a whole re-serialised document), placed at the column
 * of their surroundings, with the document's line endings; inside flow collections, in flow style
 * (JSON in a JSON document).
 */
import { dump } from 'js-yaml';
import { setOwn } from '../../model/values.js';
import { dumpYamlAt } from '../fast-yaml.js';
import { toYaml } from '../yaml-text.js';
import { pad } from './lines.js';
import { NotEditable } from './not-editable.js';

export interface RenderStyle {
  readonly eol: '\n' | '\r\n';
  /** A JSON document: everything inserted is JSON. */
  readonly json: boolean;
  /** Block sequences under a key at the key's own indentation (kubectl's style). */
  readonly seqNoIndent: boolean;
}

const FLOW = { flowLevel: 0, lineWidth: -1, noRefs: true } as const;

/** An object of `keys` taken from `from`; a `__proto__` key stays data. */
export function pick(keys: readonly string[], from: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) setOwn(out, k, from[k]);
  return out;
}

/** The re-serialiser's text of a value, without its final line break; open-ended text is refused. */
function yaml(value: unknown, style: RenderStyle): string {
  const text = toYaml(value, { seqNoIndent: style.seqNoIndent });
  // A kept block scalar (`|+`) at the end would swallow the blank lines that follow it.
  if (text.endsWith('\n...\n')) throw new NotEditable('a value that ends in a kept block scalar');
  return text.slice(0, -1);
}

/** Every line after the first moved right by `col`; blank lines stay empty. */
function indentRest(text: string, col: number): string {
  if (col === 0) return text;
  return text.includes('\n\n') ? text.replace(/\n(?=[^\n])/g, `\n${pad(col)}`) : text.replaceAll('\n', `\n${pad(col)}`);
}

/**
 * The re-serialiser's text of a non-empty mapping or sequence placed at column `col`: every line
 * after the first indented by `col` more. The fast writer indents as it writes; otherwise the
 * text is indented after.
 */
function yamlAt(value: object, col: number, style: RenderStyle): string {
  const fast = dumpYamlAt(value, style.seqNoIndent, col);
  if (fast === null) return indentRest(yaml(value, style), col);
  if (fast.openEnded) throw new NotEditable('a value that ends in a kept block scalar');
  return fast.text;
}

function lineBreaks(text: string, style: RenderStyle): string {
  return style.eol === '\n' ? text : text.replace(/\n/g, '\r\n');
}

/**
 * Whole lines at column `col`, each ending in a line break: a mapping's entries (`value` an
 * object) or a sequence's items (`value` an array).
 */
export function blockLines(value: object, col: number, style: RenderStyle): string {
  return lineBreaks(pad(col) + yamlAt(value, col, style) + '\n', style);
}

/** The same without the first line's indentation and the last line break: text placed at column `col`. */
export function blockAt(value: object, col: number, style: RenderStyle): string {
  return lineBreaks(yamlAt(value, col, style), style);
}

/**
 * What follows a mapping key's `:` for `value`, the key at column `col`: ` scalar` or a block
 * collection on the lines below.
 */
export function afterColon(value: unknown, col: number, style: RenderStyle): string {
  return lineBreaks(yamlAt(pick(['k'], { k: value }), col, style).slice(2), style);
}

/** What follows a sequence item's `-` for `value`, the dash at column `col`. */
export function afterDash(value: unknown, col: number, style: RenderStyle): string {
  return lineBreaks(yamlAt([value], col, style).slice(1), style);
}

/**
 * A value inside a flow collection: JSON in a JSON document (laid out over lines from column
 * `col` when the collection is, inline when `col` is null), flow YAML otherwise.
 */
export function flowValue(value: unknown, col: number | null, style: RenderStyle): string {
  if (style.json) return col === null ? JSON.stringify(value) : lineBreaks(indentRest(JSON.stringify(value, null, 2), col), style);
  const text = dump([value], FLOW);
  if (!text.startsWith('[') || !text.endsWith(']\n')) throw new NotEditable('a value with no flow form');
  return text.slice(1, -2);
}

/** A key inside a flow mapping. */
export function flowKey(key: string, style: RenderStyle): string {
  if (style.json) return JSON.stringify(key);
  const text = dump(pick([key], { [key]: null }), FLOW);
  if (!text.startsWith('{') || !text.endsWith(': null}\n')) throw new NotEditable('a key with no flow form');
  return text.slice(1, -': null}\n'.length);
}
