/**
 * Limits against hostile input that more than one floor applies: the YAML reader, the JSON and
 * YAML inside annotations, the template functions that parse JSON.
 */

/** Nesting depth of collections: of a YAML document, and of JSON or YAML inside an annotation. */
export const MAX_NESTING_DEPTH = 100;

/**
 * How deep the collections of JSON text nest (brackets outside strings), counting as js-yaml's
 * `maxDepth` does: `[]` is 1, `{"a": []}` is 2. Linear, without parsing, so it is safe to run
 * before a parser (or a recursive walk of what it gives) could exhaust the stack.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) max = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}

/** The error for JSON text nested deeper than the limit, or null. */
export function jsonDepthError(text: string, limit: number = MAX_NESTING_DEPTH): string | null {
  return jsonNestingDepth(text) > limit ? `JSON nested more than ${limit} levels deep; the limit is ${limit}` : null;
}
