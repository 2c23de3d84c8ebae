import { main } from './main.js';
import { nodeIO, quietOnEpipe } from './node-io.js';
import { claimedHandler } from './signals.js';
import { removePendingOutput } from './write-output.js';

/** Entry of the executable: run `main` on the real process and set its exit code. */
export async function run(): Promise<void> {
  quietOnEpipe();
  // Interrupted: no temporary file of -o is left behind; then die of the signal, as a shell expects.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      const claimed = claimedHandler(signal);
      if (claimed) return claimed();
      removePendingOutput();
      process.kill(process.pid, signal);
    });
  }
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
