import { printable } from '../emit/printable.js';
import { failing, lint } from '../pipeline.js';
import { inputPaths, sourceIO } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import { markExercised } from './exercised.js';
import { makeReporter, writeReport } from './lint-report.js';
import type { LintCommandOptions } from './options.js';

/**
 * What `kube-inject lint` does; loaded on first use so other commands start without it. A file
 * that cannot be read or parsed does not stop the run: the others are linted, and the report
 * carries the error in its format (exit 2).
 */
export async function runLint(opts: LintCommandOptions, io: CliIO): Promise<number> {
  const reporter = makeReporter(opts.format, io.stdout, io, { log: io.stderr });
  const run = await lint({
    paths: inputPaths(opts.filename, io),
    io: sourceIO(io),
    lintConfig: opts.config,
    context: opts.context,
    expectInjected: opts.expectInjected === true,
    nativeSidecars: opts.nativeSidecars === true,
    meshConfig: opts.meshConfig,
  });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}\n`);
  writeReport(reporter, run.lint, run.errors);
  if (run.errors.length > 0) return EXIT.invalid;
  if (run.docs.length > 0) markExercised();
  return failing(run.lint.findings, opts.failOn).length > 0 ? EXIT.findings : EXIT.ok;
}
