import type { CliIO } from './io.js';

/** The real process behind `CliIO`. Only the bin uses it. */
export function nodeIO(): CliIO {
  return {
    stdin: {
      isTTY: process.stdin.isTTY === true,
      read: async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks).toString('utf8');
      },
    },
    stdout: { write: (s) => void process.stdout.write(s), isTTY: process.stdout.isTTY === true },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** A closed pipe (`kube-inject … | head`) ends the program quietly. */
export function quietOnEpipe(): void {
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  };
  process.stdout.on('error', onError);
  process.stderr.on('error', onError);
}
