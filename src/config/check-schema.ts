import { KubeInjectError } from '../model/errors.js';
import type { SchemaKind } from '../schemas/index.js';
import { positionOf, type ConfigFile } from './read-file.js';

/**
 * Checks a configuration file (or a value read from it) against its schema; the first problem
 * becomes an error naming the file, the key, and its line and column. Returns the value.
 */
/**
 * `located`: `value` sits at the same pointers as the file's document (it is the document, or
 * the document less some keys); false for a value decoded from a string inside the file (a
 * ConfigMap's JSON data.values), whose problems can only name the file.
 */
export async function checkSchema(file: ConfigFile, kind: SchemaKind, value: unknown = file.value, located = value === file.value): Promise<unknown> {
  // The compiled validators are large; they are loaded only when a file is to be checked.
  const { validateInput } = await import('../schemas/index.js');
  const problems = validateInput(kind, value);
  if (problems.length === 0) return value;
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  const key = first!.pointer === '' ? 'the document' : first!.pointer.slice(1).replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~');
  throw new KubeInjectError('config', `${key}: ${first!.message}${more}`, {
    pointer: first!.pointer,
    ...(located ? positionOf(file, first!.pointer) : { file: file.file }),
  });
}
