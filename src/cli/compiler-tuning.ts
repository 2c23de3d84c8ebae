/**
 * V8's optimising compiler, tuned for a long run. On a long stream a third of all the
 * instructions the process runs are V8 compiling hot functions on its background threads
 * (valgrind, 5,000 applications: 10.1 G of 31.3 G), and on two cores those threads take their
 * time from the two that inject and write. A smaller budget for inlining (V8's cumulative limit,
 * 920 bytes of bytecode, down to 230) makes each compile cheaper; the code it makes runs a
 * little slower (the worker thread ran 3% more instructions). All in all the run took 9% fewer
 * instructions, and a quarter less of them on the compiler's threads (README "Performance").
 *
 * Only for a run that starts worker threads (a long stream): a short run does not reach the
 * optimising compiler much, and the code cache (`start.ts`) is written only by a run whose flags
 * were those of every run's start.
 */
import { setFlagsFromString } from 'node:v8';

const FLAGS = '--max-inlined-bytecode-size-cumulative=230';

let tuned = false;

/**
 * Sets the flags, once; the worker threads started after it share them (V8's flags are the
 * process's). node:v8 is loaded here, not at start-up (scripts/build.mjs, startUpLight).
 */
export function tuneCompilerForLongRun(): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(FLAGS);
}

/** Whether this run changed V8's flags: then it writes no code cache. */
export function compilerTuned(): boolean {
  return tuned;
}
