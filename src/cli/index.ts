import { main } from './main.js';
import { nodeIO, usedOutputs } from './node-io.js';
import { claimedHandler } from './signals.js';
export { wasExercised } from './exercised.js';
export { compilerTuned } from './compiler-tuning.js';
import { removePendingOutput } from './write-output.js';

/** Entry of the executable: run `main` on the real process and set its exit code. */
export async function run(): Promise<void> {
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
  // The run is over: leave once what it wrote has gone out, without waiting for Node to take
  // down the heap piece by piece (a few milliseconds for one file, a tenth of a second after a
  // long stream). Writes to a pipe or a terminal may still be queued (on Windows): they drain first.
  await Promise.all(usedOutputs().map(drained));
  process.exit();
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return stream.writableLength === 0 ? Promise.resolve() : new Promise((resolve) => stream.once('drain', () => resolve()));
}
