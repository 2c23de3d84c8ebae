import type { Command } from 'commander';
import { KubeInjectError } from '../model/errors.js';
import type { SourceIO } from '../read/sources.js';
import type { CliIO } from './io.js';

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `-f` as every command takes it. */
export function addInputOption(cmd: Command): Command {
  return cmd.option('-f, --filename <path>', 'manifest file, directory (walked recursively) or - for stdin; may repeat', collect, []);
}

/** The paths to read: those given, or standard input when none are and it is not a terminal. */
export function inputPaths(filenames: readonly string[], io: CliIO): string[] {
  if (filenames.length > 0) return [...filenames];
  if (io.stdin.isTTY) throw new KubeInjectError('usage', 'no input: give -f FILE, -f DIR, or -f - to read standard input');
  return ['-'];
}

/** What the reader may use of the process: standard input and the working directory. */
export function sourceIO(io: CliIO): SourceIO {
  return { readStdin: () => io.stdin.read(), cwd: io.cwd };
}
