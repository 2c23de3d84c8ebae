import type { Command } from 'commander';
import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument } from '../model/document.js';
import { readSources } from '../read/sources.js';
import { splitStream } from '../read/split.js';
import type { CliIO } from './io.js';

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `-f` as every command takes it. */
export function addInputOption(cmd: Command): Command {
  return cmd.option('-f, --filename <path>', 'manifest file, directory (walked recursively) or - for stdin; may repeat', collect, []);
}

export interface ReadResult {
  docs: ManifestDocument[];
  errors: KubeInjectError[];
}

/** Reads and splits every input; a broken file is reported, the others are still read. */
export async function readInputs(filenames: string[], io: CliIO): Promise<ReadResult> {
  let paths = filenames;
  if (paths.length === 0) {
    if (io.stdin.isTTY) throw new KubeInjectError('usage', 'no input: give -f FILE, -f DIR, or -f - to read standard input');
    paths = ['-'];
  }
  const sources = await readSources(paths, { readStdin: () => io.stdin.read() });
  const docs: ManifestDocument[] = [];
  const errors: KubeInjectError[] = [];
  for (const source of sources) {
    try {
      // One at a time: a spread of 150,000 documents exceeds what a call can take.
      for (const doc of splitStream(source)) docs.push(doc);
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      errors.push(e.locate({ file: source.name }));
    }
  }
  return { docs, errors };
}
