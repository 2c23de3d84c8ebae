import { formatError } from '../emit/format-error.js';
import { printable } from '../emit/printable.js';
import { renderExplanation } from '../explain/index.js';
import { explain } from '../pipeline.js';
import { inputPaths, sourceIO } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import type { ExplainOptions } from './options.js';

/** `kube-inject explain`: the explanation on stdout, warnings and errors on stderr. */
export async function runExplain(opts: ExplainOptions, io: CliIO): Promise<number> {
  const run = await explain({ paths: inputPaths(opts.filename, io), io: sourceIO(io), lintConfig: opts.config, injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}\n`);
  // What could be explained is; a workload that cannot be injected is an error, named with its place.
  // Text is written a workload at a time (it is the same text): the output grows with
  // workloads × Service ports, and one string of it all would hold it all twice.
  if (opts.format === 'text') run.explanations.forEach((w, i) => io.stdout.write((i > 0 ? '\n' : '') + renderExplanation('text', [w])));
  else io.stdout.write(renderExplanation(opts.format, run.explanations));
  for (const e of run.errors) io.stderr.write(formatError(e) + '\n');
  if (run.errors.length === 0) return EXIT.ok;
  io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? '' : 's'}; the workloads they are about are not explained\n`);
  return EXIT.invalid;
}
