/**
 * Reporters turn findings into one output format. The runner hands them the input errors of the
 * run (files that could not be read or parsed …), then every finding in order (suppressed ones
 * too, marked; each format decides what to do with those), then `flush()`, which writes what a
 * format can only write at the end (a JSON document, a summary line).
 */
import type { OutputStream } from '../stream.js';
import type { Finding, RuleMeta, Severity } from '../../lint/types.js';
import type { KubeInjectError } from '../../model/errors.js';

export interface Reporter {
  /**
   * Input the run could not read or check: the run has failed (exit 2), and the report must say
   * so, in its own format, where the error is.
   */
  error(e: KubeInjectError): void;
  write(finding: Finding): void;
  flush(): void;
}

export interface ReporterOptions {
  readonly out: OutputStream;
  /** Every rule of the registry (SARIF describes them all, fired or not). */
  readonly rules: readonly RuleMeta[];
  /** Paths are made relative to this directory where a format wants relative paths. */
  readonly cwd: string;
  /** Colour level for chalk: 0 (none) or more. */
  readonly colorLevel: 0 | 1 | 2 | 3;
  readonly toolVersion: string;
  /** Text: print nothing when there is no finding at all (the inject command's stderr). */
  readonly quietWhenClean?: boolean;
  /**
   * Where a format whose output is for machines (and usually goes to a file) also writes input
   * errors as text, for the person watching the run: standard error.
   */
  readonly log?: OutputStream;
}

/** Colour only on a terminal, and never with `NO_COLOR` set to anything non-empty (no-color.org). */
export function colorLevelFor(stream: OutputStream, env: Readonly<Record<string, string | undefined>>): 0 | 1 {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor ? 1 : 0;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0, suppressed: 0 };
}

export function count(c: Counts, f: Finding): void {
  if (f.suppressed) c.suppressed++;
  else c[f.severity]++;
}

/** `Deployment shop/web: <message>` — how a finding reads on its own. */
export function fullMessage(f: Finding): string {
  return `${f.resourceLabel}: ${f.message}`;
}

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info' };
