import { availableParallelism } from 'node:os';
import { describeObject } from '../model/document.js';
import { printable } from '../emit/printable.js';
import { inject } from '../pipeline.js';
import { refuseCommandTypo } from './command-typo.js';
import { inputPaths, sourceIO } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import { printLintForInject } from './lint-report.js';
import type { InjectOptions } from './options.js';
import { writeManifestsOrErrors } from './write-manifests.js';
import { markExercised } from './exercised.js';
import { tuneCompilerForLongRun } from './compiler-tuning.js';

/**
 * What `kube-inject inject` does: runs the pipeline and prints what it returned. Loaded on first
 * use so `--help` and `--version` start without it. `operands` are the files given as arguments
 * (already in `opts.filename`).
 */
export async function runInject(opts: InjectOptions, io: CliIO, operands: readonly string[] = []): Promise<number> {
  refuseCommandTypo(operands, io.cwd);
  const run = await inject({
    paths: inputPaths(opts.filename, io),
    io: sourceIO(io),
    lintConfig: opts.config,
    nativeSidecars: opts.nativeSidecars === true,
    strict: opts.strict === true,
    injection: opts,
    namespaceFiles: opts.namespaceFile ?? [],
    // A template's `env` reads the environment only when the user says so: otherwise a supplied
    // template could write a CI secret into the output.
    env: opts.allowEnv === true ? io.env : {},
    // Long streams are injected on every CPU; `--jobs N` says how many threads, whatever the length.
    ...(opts.jobs !== undefined ? { threads: opts.jobs, parallelFrom: 0 } : { threads: Math.min(availableParallelism(), 8) }),
    beforeWorkers: tuneCompilerForLongRun,
  });
  // The lint pass's findings go to stderr: stdout stays manifests only.
  printLintForInject(run.lint, io);
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}\n`);
  if (run.strictFailures > 0) {
    io.stderr.write(`kube-inject: --strict: ${run.strictFailures} lint error${run.strictFailures === 1 ? '' : 's'}; nothing was written\n`);
    return EXIT.findings;
  }
  const failed = await writeManifestsOrErrors(run, opts.output, io);
  if (failed !== undefined) return failed;
  // Not when worker threads injected: this thread then compiled little of the engine, and a cache
  // without it would leave every later run on one file compiling it again.
  if (!run.onWorkers && run.outcomes.some((o) => o.outcome === 'injected')) markExercised();
  for (const o of run.outcomes) {
    const what = printable(describeObject(o.kind, o.namespace, o.name));
    // A skipped workload is a warning, shown even with --quiet; it stands for its report line.
    if (o.outcome === 'skipped') io.stderr.write(`warning: ${what} skipped: ${printable(o.reason ?? '')}\n`);
    else if (!opts.quiet) io.stderr.write(`${what} ${o.outcome}\n`);
  }
  return EXIT.ok;
}
