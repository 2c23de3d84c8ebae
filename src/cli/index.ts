import { main } from './main.js';
import { nodeIO, quietOnEpipe } from './node-io.js';

/** Entry of the executable: run `main` on the real process and set its exit code. */
export async function run(): Promise<void> {
  quietOnEpipe();
  process.exitCode = await main(process.argv.slice(2), nodeIO());
}
