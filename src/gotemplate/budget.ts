/**
 * What one execution of a template may cost. Templates can come from the user's injector
 * configuration, so they are untrusted programs: without a budget, `{{ range until 1000000000 }}`
 * exhausts memory and two nested ranges of 100,000 run for hours.
 */

export interface ExecutionBudget {
  /**
   * Commands evaluated, range iterations and template calls, together, per execution. The
   * built-in sidecar template takes about 330 for a small pod, plus about 5 per container port
   * and 4 per container: the default is 2 million ports away.
   */
  readonly maxSteps: number;
  /** Bytes (UTF-8) a template may write per execution; also the longest string a function may return. */
  readonly maxOutputBytes: number;
  /** The most elements a list a function returns may have (`until`, `concat`, `append` …). */
  readonly maxListLength: number;
}

export const DEFAULT_BUDGET: ExecutionBudget = Object.freeze({
  maxSteps: 10_000_000,
  maxOutputBytes: 16 * 1024 * 1024,
  maxListLength: 1_000_000,
});

/** `n` with thousands separated, for messages. */
const count = (n: number): string => n.toLocaleString('en-US');

/** `16 MiB` for a whole number of MiB, else bytes. */
export function sizeText(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${count(bytes)} bytes`;
}

export const stepsExceeded = (b: ExecutionBudget): string =>
  `template execution budget exceeded: more than ${count(b.maxSteps)} steps (commands, loop iterations and template calls)`;

export const outputExceeded = (b: ExecutionBudget): string => `template execution budget exceeded: more than ${sizeText(b.maxOutputBytes)} of output`;

export const stringExceeded = (b: ExecutionBudget): string =>
  `result longer than the template output budget of ${sizeText(b.maxOutputBytes)}`;

export const listExceeded = (b: ExecutionBudget, length: number): string =>
  `a list of ${count(length)} elements is longer than the ${count(b.maxListLength)} a template may build`;
