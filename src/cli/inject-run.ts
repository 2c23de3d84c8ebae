import { describeObject } from '../model/document.js';
import { formatError } from '../emit/format-error.js';
import { writeStream } from '../emit/manifests.js';
import { injectDocuments, type PodInjector, type ResourceOutcome } from '../pipeline.js';
import { refuseCommandTypo } from './command-typo.js';
import { readInputs } from './common-options.js';
import type { InjectOptions } from './inject-command.js';
import { EXIT, type CliIO } from './io.js';
import { lintForInject } from './lint-run.js';
import { writeFileAtomic } from './write-output.js';

/**
 * The injector for these options. The engine and the configuration loader are loaded here, on
 * first use, so `--help` and `--version` start without them.
 */
async function createInjector(opts: InjectOptions): Promise<PodInjector> {
  const [{ loadInjectorConfig }, { prepareInjector }] = await Promise.all([import('../config/load-injection.js'), import('../inject/index.js')]);
  return prepareInjector(await loadInjectorConfig(opts));
}

/**
 * What `kube-inject inject` does; loaded on first use so `--help` and `--version` start without it.
 * `operands` are the files given as arguments (already in `opts.filename`).
 */
export async function runInject(opts: InjectOptions & Record<string, unknown>, io: CliIO, operands: readonly string[] = []): Promise<number> {
  refuseCommandTypo(operands);
  const injector = await createInjector(opts);
  const { docs, errors: readErrors } = await readInputs(opts.filename, io);
  if ((await lintForInject(docs, opts, io)).failed) return EXIT.findings;
  const run = injectDocuments(docs, injector);
  const errors = [...readErrors, ...run.errors];
  if (errors.length > 0) {
    for (const e of errors) io.stderr.write(formatError(e) + '\n');
    io.stderr.write(`kube-inject: ${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was written\n`);
    return EXIT.invalid;
  }
  const text = writeStream(run.output);
  if (opts.output) await writeFileAtomic(opts.output, text);
  else io.stdout.write(text);
  for (const o of run.outcomes) {
    for (const w of o.warnings) io.stderr.write(`warning: ${w}\n`);
    // A skipped workload is a warning, shown even with --quiet; it stands for its report line.
    if (o.outcome === 'skipped') io.stderr.write(`warning: ${describeObject(o.kind, o.namespace, o.name)} skipped: ${o.reason}\n`);
    else if (!opts.quiet) io.stderr.write(`${describe(o)} ${o.outcome}\n`);
  }
  return EXIT.ok;
}

function describe(o: ResourceOutcome): string {
  const kind = (o.kind || 'object').toLowerCase();
  return `${kind} "${o.name || '<unnamed>'}"`;
}
