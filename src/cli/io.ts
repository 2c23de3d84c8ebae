import type { OutputStream } from '../emit/stream.js';

export type { OutputStream } from '../emit/stream.js';

/** The process as the CLI sees it: passed in, so that tests drive `main` in memory. */
export interface CliIO {
  readonly stdin: { readonly isTTY?: boolean; read(): Promise<string> };
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * Lets a long-running command (`serve`) handle SIGTERM/SIGINT itself instead of dying of it;
   * returns the function that gives the signal back. Absent: the command cannot be signalled.
   */
  readonly onSignal?: (signal: 'SIGTERM' | 'SIGINT', handler: () => void) => () => void;
}

/** Exit codes, the same for every subcommand. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;
