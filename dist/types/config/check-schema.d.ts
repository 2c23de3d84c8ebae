import type { SchemaKind } from '../schemas/index.js';
import { type ConfigFile } from './read-file.js';
/**
 * Checks a configuration file (or a value read from it) against its schema; the first problem
 * becomes an error naming the file, the key, and its line and column. Returns the value.
 */
/**
 * `located`: `value` sits at the same pointers as the file's document (it is the document, or
 * the document less some keys); false for a value decoded from a string inside the file (a
 * ConfigMap's JSON data.values), whose problems can only name the file.
 */
export declare function checkSchema(file: ConfigFile, kind: SchemaKind, value?: unknown, located?: boolean): Promise<unknown>;
