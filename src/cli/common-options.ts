import type { Command } from 'commander';
import { KubeInjectError } from '../model/errors.js';
import { readManifests, type ManifestRead } from '../read/manifests.js';
import type { CliIO } from './io.js';

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `-f` as every command takes it. */
export function addInputOption(cmd: Command): Command {
  return cmd.option('-f, --filename <path>', 'manifest file, directory (walked recursively) or - for stdin; may repeat', collect, []);
}

/** Reads and splits every input; a broken file is reported, the others are still read. */
export async function readInputs(filenames: string[], io: CliIO): Promise<ManifestRead> {
  let paths = filenames;
  if (paths.length === 0) {
    if (io.stdin.isTTY) throw new KubeInjectError('usage', 'no input: give -f FILE, -f DIR, or -f - to read standard input');
    paths = ['-'];
  }
  return readManifests(paths, { readStdin: () => io.stdin.read(), cwd: io.cwd });
}
