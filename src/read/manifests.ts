/**
 * The manifests of a run: every input read and split into documents, a broken file reported
 * without stopping the others; and the context files `lint --context` indexes but never reports on.
 */
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
}

/** Reads and splits every input; a broken file is an error, the others are still read. */
export async function readManifests(paths: readonly string[], io: SourceIO): Promise<ManifestRead> {
  const inputs = await readInputs(paths, io);
  const docs: ManifestDocument[] = [];
  const errors: KubeInjectError[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    for (const source of input.sources) {
      files.push(source.name);
      try {
        docs.push(...splitStream(source));
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        errors.push(e.locate({ file: source.name }));
      }
    }
  }
  if (errors.length === 0 && !docs.some((d) => !d.empty)) errors.push(noManifests(inputs));
  return { docs, errors, files };
}

/**
 * Not one document with content in the whole run: nothing to check or inject, which is never
 * what was meant (an empty directory, an empty pipe, a wrong path to a chart's output).
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
        return `${input.given} (${blank ? 'the file is empty' : 'only comments and empty documents'})`;
    }
  });
  return new KubeInjectError('no-manifests', `no manifests found in ${what.join(', ')}`);
}
