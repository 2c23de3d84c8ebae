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
    stdout: {
      write: (s) => void output('stdout').write(s),
      get isTTY() {
        return output('stdout').isTTY === true;
      },
    },
    stderr: {
      write: (s) => void output('stderr').write(s),
      get isTTY() {
        return output('stderr').isTTY === true;
      },
    },
    env: process.env,
    cwd: process.cwd(),
    onSignal: claimSignal,
  };
}

/** A closed pipe (`kube-inject … | head`) ends the program quietly. */
function onError(e: NodeJS.ErrnoException): void {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
}

/** The output streams the run has used. */
const used = new Set<NodeJS.WriteStream>();

/**
 * Standard output or error, made on first use: Node makes each stream when it is first asked for
 * (loading the stream modules for it), and a run that writes nothing to one need not pay for it.
 */
function output(name: 'stdout' | 'stderr'): NodeJS.WriteStream {
  const stream = process[name];
  if (!used.has(stream)) {
    used.add(stream);
    stream.on('error', onError);
  }
  return stream;
}

/** The output streams the run has written to or asked about (`index.ts` waits for them to drain). */
export function usedOutputs(): NodeJS.WriteStream[] {
  return [...used];
}
