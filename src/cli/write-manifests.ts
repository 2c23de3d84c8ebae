import { formatError } from '../emit/format-error.js';
import type { KubeInjectError } from '../model/errors.js';
import { EXIT, type CliIO } from './io.js';
import { writeFileAtomic } from './write-output.js';

/**
 * The end of a run that writes manifests (inject, uninject): all or nothing. With errors, they
 * go to stderr, nothing is written and the exit code is returned; else the text goes to `-o` or
 * stdout and the caller goes on with its report.
 */
export async function writeManifestsOrErrors(run: { readonly text: string | null; readonly errors: readonly KubeInjectError[] }, output: string | undefined, io: CliIO): Promise<number | undefined> {
  if (run.text === null) {
    for (const e of run.errors) io.stderr.write(formatError(e) + '\n');
    io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? '' : 's'}; nothing was written\n`);
    return EXIT.invalid;
  }
  if (output) await writeFileAtomic(output, run.text);
  else io.stdout.write(run.text);
  return undefined;
}
