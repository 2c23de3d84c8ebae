import type { CliIO } from '../../../src/cli/io.js';

export interface MemoryIO extends CliIO {
  readonly out: () => string;
  readonly err: () => string;
}

/** A `CliIO` in memory: stdin text, captured stdout/stderr, chosen TTY flags and environment. */
export function memoryIO(o: { stdin?: string; cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): MemoryIO {
  let out = '';
  let err = '';
  return {
    stdin: { isTTY: o.stdin === undefined, read: async () => o.stdin ?? '' },
    stdout: { write: (s) => void (out += s), isTTY: o.tty ?? false },
    stderr: { write: (s) => void (err += s), isTTY: o.tty ?? false },
    env: o.env ?? {},
    cwd: o.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
}
