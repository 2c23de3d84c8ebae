import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument } from '../model/document.js';
import { readInputs } from '../read/sources.js';
import { splitStream } from '../read/split.js';
import { isMap, setOwn } from '../model/values.js';

/** A configuration file read as one YAML/JSON document, with its locations kept for errors. */
export interface ConfigFile {
  readonly file: string;
  readonly doc: ManifestDocument;
  readonly value: unknown;
  /**
   * For a document embedded in a string field of another file (a ConfigMap's `data.config`):
   * the line of that file where the embedded text starts, and its indentation.
   */
  readonly origin?: { readonly line: number; readonly indent: number };
}

/** File, line and column of the field at `pointer`, in the file the user gave. */
export function positionOf(cfg: ConfigFile, pointer: string): { file: string; line: number; column: number } {
  const at = cfg.doc.locate(pointer);
  const o = cfg.origin;
  return { file: cfg.file, line: o ? at.line + o.line - 1 : at.line, column: o ? at.column + o.indent : at.column };
}

export async function readConfigFile(path: string, what: string): Promise<ConfigFile> {
  // One regular file: a directory would be walked (and only its first file used, silently), and
  // `-` would read a standard input that holds the manifests.
  if (path === '-') throw new KubeInjectError('usage', `${what}: give a file; standard input holds the manifests`, { file: path });
  const [input] = await readInputs([path], { readStdin: async () => '' });
  if (input!.errors.length > 0) throw input!.errors[0]!;
  if (input!.kind !== 'file') throw new KubeInjectError('usage', `${what}: give a file, not a directory`, { file: path });
  const source = input!.sources[0]!;
  return parseConfigText(source.name, source.text, what);
}

export function parseConfigText(file: string, text: string, what: string): ConfigFile {
  const docs = splitStream({ name: file, text }).filter((d) => !d.empty);
  if (docs.length === 0) throw new KubeInjectError('config', `${what} is empty`, { file, line: 1, column: 1 });
  if (docs.length > 1) {
    const pos = docs[1]!.locate('');
    throw new KubeInjectError('config', `${what} must hold one document, found ${docs.length}`, { file, ...pos });
  }
  const doc = docs[0]!;
  return { file, doc, value: doc.value };
}

/** An error about the field at `pointer` of a configuration file. */
export function configError(cfg: ConfigFile, pointer: string, message: string): KubeInjectError {
  return new KubeInjectError('config', message, { pointer, ...positionOf(cfg, pointer) });
}

/**
 * Helm's way of layering values: maps merge key by key, anything else (lists included) is
 * replaced, and `null` removes a key. Returns a new value; inputs are not changed. A key
 * `__proto__` is data like any other key: it never reads or sets a prototype.
 */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (!isMap(base) || !isMap(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else setOwn(out, k, deepMerge(Object.hasOwn(base, k) ? base[k] : undefined, v));
  }
  return out;
}
