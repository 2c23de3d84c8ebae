/** Printing a lint result: the reporters, given what they need of the CLI's process. */
import { colorLevelFor, createReporter, type Reporter } from '../emit/findings/index.js';
import type { OutputStream } from '../emit/stream.js';
import { RULES } from '../lint/registry.js';
import type { LintResult } from '../lint/runner.js';
import type { KubeInjectError } from '../model/errors.js';
import type { CliIO } from './io.js';
import { VERSION } from './version.js';

export function makeReporter(format: string, out: OutputStream, io: CliIO, o: { quietWhenClean?: boolean; log?: OutputStream } = {}): Reporter {
  return createReporter(format, {
    out,
    rules: RULES.map((r) => r.meta),
    cwd: io.cwd,
    colorLevel: colorLevelFor(out, io.env),
    toolVersion: VERSION,
    ...o,
  });
}

/** Input errors first, then every finding (suppressed ones too: each format decides), then the end. */
export function writeReport(reporter: Reporter, result: LintResult, errors: readonly KubeInjectError[]): void {
  for (const e of errors) reporter.error(e);
  for (const f of result.findings) reporter.write(f);
  for (const f of result.suppressed) reporter.write(f);
  reporter.flush();
}

/**
 * The inject command's lint pass, as text on stderr (nothing when clean). Input errors are the
 * inject command's own to report (all or nothing), not the lint pass's.
 */
export function printLintForInject(result: LintResult, io: CliIO): void {
  // Clean: the report would print nothing, and making it asks stderr whether it is a terminal (for
  // colour), which creates process.stderr: on a pipe, with Node's net module (~5 ms of a run on
  // one file, `test/package/start-up.test.ts`).
  if (result.findings.length === 0 && result.suppressed.length === 0) return;
  writeReport(makeReporter('text', io.stderr, io, { quietWhenClean: true }), result, []);
}
