import { formatError } from '../emit/format-error.js';
import { colorLevelFor, createReporter, type Reporter } from '../emit/findings/index.js';
import type { ManifestDocument } from '../model/document.js';
import { loadLintConfig } from '../lint/config-load.js';
import { RULES } from '../lint/registry.js';
import { lintDocuments, type LintResult } from '../lint/runner.js';
import { SEVERITY_RANK, type Finding, type Severity } from '../lint/types.js';
import { readInputs } from './common-options.js';
import { EXIT, type CliIO, type OutputStream } from './io.js';
import type { LintCommandOptions } from './lint-command.js';
import { VERSION } from './version.js';

/** What `kube-inject lint` does; loaded on first use so other commands start without it. */
export async function runLint(opts: LintCommandOptions, io: CliIO): Promise<number> {
  const reporter = makeReporter(opts.format, io.stdout, io, false);
  const config = await loadLintConfig(opts.config, io.cwd);
  const { docs, errors: readErrors } = await readInputs(opts.filename, io);
  const result = lintDocuments(docs, config, { expectInjected: opts.expectInjected === true, nativeSidecars: opts.nativeSidecars === true });
  writeFindings(reporter, result);
  const errors = [...readErrors, ...result.errors];
  for (const e of errors) io.stderr.write(formatError(e) + '\n');
  if (errors.length > 0) return EXIT.invalid;
  return failing(result.findings, opts.failOn).length > 0 ? EXIT.findings : EXIT.ok;
}

function makeReporter(format: string, out: OutputStream, io: CliIO, quietWhenClean: boolean): Reporter {
  return createReporter(format, {
    out,
    rules: RULES.map((r) => r.meta),
    cwd: io.cwd,
    colorLevel: colorLevelFor(out, io.env),
    toolVersion: VERSION,
    quietWhenClean,
  });
}

function writeFindings(reporter: Reporter, result: LintResult): void {
  for (const f of result.findings) reporter.write(f);
  for (const f of result.suppressed) reporter.write(f);
  reporter.flush();
}

/** The findings at or above `threshold`. */
export function failing(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}

/** What `lintForInject` reads of the inject command's options. */
export interface InjectLintOptions {
  /** `--strict`: error-level findings fail the injection. */
  readonly strict?: unknown;
  /** `--config FILE`. */
  readonly config?: unknown;
  /** `--native-sidecars`, when the inject command has it. */
  readonly nativeSidecars?: unknown;
}

/**
 * The lint pass as the inject command runs it: findings go to stderr as text (stdout stays
 * manifests only); with `strict`, error-level findings fail the run (`failed: true`, and a line
 * saying nothing was written). A bad configuration throws (exit 2).
 */
export async function lintForInject(
  docs: readonly ManifestDocument[],
  opts: InjectLintOptions & Readonly<Record<string, unknown>>,
  io: CliIO,
): Promise<{ failed: boolean }> {
  const config = await loadLintConfig(typeof opts.config === 'string' ? opts.config : undefined, io.cwd);
  const result = lintDocuments(docs, config, { nativeSidecars: opts.nativeSidecars === true });
  writeFindings(makeReporter('text', io.stderr, io, true), result);
  const errors = failing(result.findings, 'error').length;
  const failed = opts.strict === true && errors > 0;
  if (failed) io.stderr.write(`kube-inject: --strict: ${errors} lint error${errors === 1 ? '' : 's'}; nothing was written\n`);
  return { failed };
}
