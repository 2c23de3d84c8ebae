/**
 * Whether this run did what its command is there for (injected a pod, linted a document): the
 * code cache (`start.ts`) is kept only from such a run. A cache holds what the run that wrote it
 * compiled, and is written once: one written by a run that stopped at a parse error, or read a
 * stream without a workload, would leave every later run of the command compiling the injector
 * again (a sixth more instructions for one file: 706 -> 819 million, valgrind).
 */
let exercised = false;

/** Said by `inject` and `lint` when the run did their whole work at least once. */
export function markExercised(): void {
  exercised = true;
}

export function wasExercised(): boolean {
  return exercised;
}
