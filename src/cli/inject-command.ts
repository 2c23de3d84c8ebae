import type { Command } from 'commander';
import { formatError } from '../emit/format-error.js';
import { writeStream } from '../emit/manifests.js';
import type { InjectionInputs } from '../config/load-injection.js';
import { describeObject } from '../model/document.js';
import { injectDocuments, type PodInjector, type ResourceOutcome } from '../pipeline.js';
import { addInputOption, collect, readInputs } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import { writeFileAtomic } from './write-output.js';
import { lintForInject } from './lint-command.js';

export interface InjectOptions extends InjectionInputs {
  filename: string[];
  output?: string;
  quiet?: boolean;
}

export const DEFAULT_PROXY_IMAGE = 'docker.io/istio/proxyv2:1.31.0';

/**
 * The injector for these options. The engine and the configuration loader are loaded here, on
 * first use, so `--help` and `--version` start without them.
 */
async function createInjector(opts: InjectOptions): Promise<PodInjector> {
  const [{ loadInjectorConfig }, { prepareInjector }] = await Promise.all([import('../config/load-injection.js'), import('../inject/index.js')]);
  return prepareInjector(await loadInjectorConfig(opts));
}

export function addInjectCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('inject', { isDefault: true })
    .description('inject the Istio sidecar into every workload and write the manifests to stdout');
  addInputOption(cmd)
    .option('-o, --output <file>', 'write the manifests to this file (atomically) instead of stdout')
    .option('-q, --quiet', 'do not print the per-resource report')
    .option('--values <file>', 'Istio Helm values (YAML or JSON, or the sidecar injector ConfigMap); may repeat, later files win', collect, [])
    .option('--mesh-config <file>', 'MeshConfig YAML, or the istio ConfigMap; may repeat, later files win', collect, [])
    .option('--inject-config <file>', "the cluster's injector config: the istio-sidecar-injector ConfigMap, its data.config, or a bare template")
    .option('--operator-file <file>', 'an IstioOperator whose spec.values and spec.meshConfig override the other inputs')
    .option('--hub <hub>', 'image hub (values global.hub; default docker.io/istio)')
    .option('--tag <tag>', 'image tag (values global.tag; default 1.31.0)')
    .option('--proxy-image <image>', `proxy image name or full reference (values global.proxy.image; default ${DEFAULT_PROXY_IMAGE})`)
    .option('--revision <revision>', 'Istio revision to inject for (values revision)')
    .option('--native-sidecars', 'inject istio-proxy as a native sidecar (an init container with restartPolicy: Always); the pod annotation sidecar.istio.io/nativeSidecar wins')
    .option('--strict', 'fail (exit 1, nothing written) when the lint pass finds an error')
    .option('--config <file>', 'lint configuration (default: .kube-inject.yaml in the working directory)')
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
    if (o.outcome === 'skipped') io.stderr.write(`warning: ${describeObject(o.kind, o.namespace, o.name)} not injected: ${o.reason}\n`);
    if (!opts.quiet) io.stderr.write(`${describe(o)} ${o.outcome}${o.reason ? `: ${o.reason}` : ''}\n`);
  }
  return EXIT.ok;
}

function describe(o: ResourceOutcome): string {
  const kind = (o.kind || 'object').toLowerCase();
  return `${kind} "${o.name || '<unnamed>'}"`;
}
