/**
 * The manifests of a run: every input read and split into documents, a broken file reported
 * without stopping the others; and the context files `lint --context` indexes but never reports on.
 */
import { resolve } from 'node:path';
import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument } from '../model/document.js';
import { MANIFEST_EXTENSIONS, readInputs, type InputRead, type SourceIO } from './sources.js';
import { splitStream } from './split.js';

export interface ManifestRead {
  /** The documents of every input that could be read, in input order. */
  readonly docs: ManifestDocument[];
  /**
   * What could not be read or parsed, one error per file; or, when everything was read and not
   * one document has content, the error saying so. Either way the run is invalid (exit 2).
   */
  readonly errors: KubeInjectError[];
  /** The files read (parsed or not), in input order. */
  readonly files: readonly string[];
  /** What a directory walk passed over (a symbolic link …), for the user to see. */
  readonly warnings: readonly string[];
}

export interface ReadOptions {
  /** Called with the number of characters read, before they are parsed (a long stream's workers start then). */
  readonly onRead?: (characters: number) => void | Promise<void>;
  /**
   * Told of documents of plain streams as they are read, before the rest (see split-plain.ts):
   * a hint, not the read. The documents returned are the read, and begin with the ones told of
   * only when nothing was read again or failed.
   */
  readonly onDocument?: (doc: ManifestDocument) => void;
}

/** Reads and splits every input; a broken file is an error, the others are still read. */
export async function readManifests(paths: readonly string[], io: SourceIO, options: ReadOptions = {}): Promise<ManifestRead> {
  const inputs = await readInputs(paths, io);
  if (options.onRead) await options.onRead(inputs.reduce((n, input) => input.sources.reduce((m, s) => m + s.text.length, n), 0));
  const docs: ManifestDocument[] = [];
  const errors: KubeInjectError[] = [];
  const files: string[] = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    warnings.push(...input.warnings);
    for (const source of input.sources) {
      files.push(source.name);
      try {
        // One at a time: a spread of 150,000 documents exceeds what a call can take.
        for (const doc of splitStream(source, options.onDocument)) docs.push(doc);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        errors.push(e.locate({ file: source.name }));
      }
    }
  }
  // A file named by path was meant, empty or not (pre-commit passes a file whose manifests were
  // just deleted); a directory or a pipe with nothing in it was not.
  const named = inputs.some((input) => input.kind === 'file');
  if (errors.length === 0 && !named && !docs.some((d) => !d.empty)) errors.push(noManifests(inputs));
  return { docs, errors, files, warnings };
}

/**
 * Not one document with content in the directories and standard input of a run that named no
 * file: nothing to check or inject, which is never what was meant (an empty directory, an empty
 * pipe, a wrong path to a chart's output).
 */
function noManifests(inputs: readonly InputRead[]): KubeInjectError {
  const what = inputs.map((input) => {
    const blank = input.sources.every((s) => s.text.trim() === '');
    switch (input.kind) {
      case 'stdin':
        return `standard input (${blank ? 'it is empty' : 'only comments and empty documents'})`;
      case 'directory':
        if (input.sources.length === 0) return `${input.given} (looked for ${MANIFEST_EXTENSIONS.join(', ')})`;
        return `${input.given} (${input.sources.length} file${input.sources.length === 1 ? '' : 's'}, only comments and empty documents)`;
      case 'file':
      case 'unreadable':
        return input.given; // not reached: a named file, or an error, means no such report
    }
  });
  return new KubeInjectError('no-manifests', `no manifests found in ${what.join(', ')}`);
}

/** Directory entries a context walk skips, on top of hidden ones. */
export const CONTEXT_SKIP: readonly string[] = ['node_modules'];

/**
 * The context documents of `lint --context PATH…`: Kubernetes objects (a mapping with
 * `apiVersion` and `kind`) of the files under the paths, which cross-file checks may refer to but
 * which are not checked themselves. Directories are walked as for `-f`, `node_modules` skipped
 * too. A file that is also an input (`inputFiles`, names as read) is the input's, not read again.
 * A file that cannot be read or parsed, and a document that is no Kubernetes object, are left out
 * without a word: they are not being checked. A path that does not exist is a usage error.
 */
export async function readContext(paths: readonly string[], io: SourceIO, inputFiles: readonly string[]): Promise<ManifestDocument[]> {
  if (paths.includes('-')) throw new KubeInjectError('usage', '--context reads files and directories, not standard input');
  const key = (name: string) => (io.cwd === undefined ? name : resolve(io.cwd, name));
  const seen = new Set(inputFiles.map(key));
  const docs: ManifestDocument[] = [];
  for (const input of await readInputs(paths, io, { skip: CONTEXT_SKIP })) {
    if (input.kind === 'unreadable') throw new KubeInjectError('usage', `--context: ${input.errors[0]!.message}`, { file: input.given });
    for (const source of input.sources) {
      if (seen.has(key(source.name))) continue;
      seen.add(key(source.name));
      let split: ManifestDocument[];
      try {
        split = splitStream(source);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        continue;
      }
      docs.push(...split.filter((d) => isKubernetesObject(d.value)));
    }
  }
  return docs;
}

function isKubernetesObject(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.apiVersion === 'string' && o.apiVersion !== '' && typeof o.kind === 'string' && o.kind !== '';
}
