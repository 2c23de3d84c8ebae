import { KubeInjectError } from '../model/errors.js';
import { MAX_INPUT_BYTES, decodeUtf8 } from '../read/sources.js';
import type { CliIO } from './io.js';
import { claimSignal } from './signals.js';

/** The real process behind `CliIO`. Only the bin uses it. */
export function nodeIO(): CliIO {
  return {
    stdin: {
      // Asked only when no input was named: creating process.stdin loads a stream (or a TTY) for it.
      get isTTY() {
        return process.stdin.isTTY === true;
      },
      read: async () => {
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of process.stdin) {
          total += (chunk as Buffer).length;
          if (total > MAX_INPUT_BYTES) throw new KubeInjectError('io', `standard input is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most kube-inject reads`, { file: '<stdin>' });
          chunks.push(chunk as Buffer);
        }
        return decodeUtf8('<stdin>', Buffer.concat(chunks));
      },
    },
    stdout: { write: (s) => void process.stdout.write(s), isTTY: process.stdout.isTTY === true },
    stderr: { write: (s) => void process.stderr.write(s), isTTY: process.stderr.isTTY === true },
    env: process.env,
    cwd: process.cwd(),
    onSignal: claimSignal,
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
