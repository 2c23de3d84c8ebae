import type { Command } from 'commander';
import { addInputOption, collect } from './common-options.js';
import type { CliIO } from './io.js';
import type { UninjectOptions } from './options.js';

export function addUninjectCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('uninject')
    .description('remove what sidecar.istio.io/status says was injected, restore probes and Prometheus annotations, and write the manifests to stdout');
  addInputOption(cmd)
    .argument('[files...]', 'manifest files or directories, as with -f')
    .option('-o, --output <file>', 'write the manifests to this file (atomically) instead of stdout')
    .option('-q, --quiet', 'do not print the per-resource report')
    .option('--values <file>', 'the Istio Helm values the manifests were injected with; may repeat', collect, [])
    .option('--mesh-config <file>', 'the MeshConfig they were injected with; may repeat', collect, [])
    .option('--inject-config <file>', 'the injector config they were injected with')
    .option('--operator-file <file>', 'an IstioOperator whose spec.values and spec.meshConfig override the other inputs')
    .option('--revision <revision>', 'the Istio revision they were injected for (default: the one each pod\'s status annotation records)')
    .option('--native-sidecars', 'they were injected with native sidecars')
    .addHelpText(
      'after',
      `
Removes exactly what the sidecar.istio.io/status annotation records (containers, init containers,
volumes, image pull secrets), restores the probes from ISTIO_KUBE_APP_PROBERS and the Prometheus
annotations from ISTIO_PROMETHEUS_ANNOTATIONS, and removes the labels and annotations injection
added: a label or annotation is injection's when injecting the pod without it writes it back, so
give the configuration the manifests were injected with (the same options as inject). Documents
without the status annotation are written byte for byte. The report goes to stderr.

Examples:
  kube-inject uninject -f injected.yaml > app.yaml
  kubectl get deploy web -o yaml | kube-inject uninject -f - | kubectl apply -f -
`,
    )
    .action(async (files: string[], opts: UninjectOptions) => {
      const { runUninject } = await import('./uninject-run.js');
      setCode(await runUninject({ ...opts, filename: [...opts.filename, ...files] }, io));
    });
}
