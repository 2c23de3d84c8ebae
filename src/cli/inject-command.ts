import type { Command } from 'commander';
import { formatError } from '../emit/format-error.js';
import { writeStream } from '../emit/manifests.js';
import { injectDocuments, type PodInjector, type ResourceOutcome } from '../pipeline.js';
import { addInputOption, collect, readInputs } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import { writeFileAtomic } from './write-output.js';

export interface InjectOptions {
  filename: string[];
  output?: string;
  quiet?: boolean;
}

/** Builds the injector from the command's options; null until injection is configured. */
export type InjectorFactory = (options: Record<string, unknown>, io: CliIO) => Promise<PodInjector | null>;

let factory: InjectorFactory = async () => null;
export function setInjectorFactory(f: InjectorFactory): void {
  factory = f;
}

export function addInjectCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('inject', { isDefault: true })
    .description('inject the Istio sidecar into every workload and write the manifests to stdout');
  addInputOption(cmd)
    .option('-o, --output <file>', 'write the manifests to this file (atomically) instead of stdout')
    .option('-q, --quiet', 'do not print the per-resource report')
    .option('--values <file>', 'Istio Helm values (YAML or JSON); may repeat, later files win', collect, [])
    .option('--mesh-config <file>', 'MeshConfig YAML, or the istio ConfigMap; may repeat, later files win', collect, [])
    .addHelpText(
      'after',
      `
Examples:
  kube-inject -f app.yaml | kubectl apply -f -
  kube-inject -f manifests/ -o injected.yaml
  helm template my-chart | kube-inject -f - > out.yaml
`,
    )
    .action(async (opts: InjectOptions & Record<string, unknown>) => {
      setCode(await runInject(opts, io));
    });
}

async function runInject(opts: InjectOptions & Record<string, unknown>, io: CliIO): Promise<number> {
  const injector = await factory(opts, io);
  const { docs, errors: readErrors } = await readInputs(opts.filename, io);
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
    if (o.outcome === 'skipped') io.stderr.write(`warning: ${describe(o)} skipped: ${o.reason}\n`);
    else if (!opts.quiet) io.stderr.write(`${describe(o)} ${o.outcome}\n`);
  }
  return EXIT.ok;
}

function describe(o: ResourceOutcome): string {
  const kind = (o.kind || 'object').toLowerCase();
  return `${kind} "${o.name || '<unnamed>'}"`;
}
