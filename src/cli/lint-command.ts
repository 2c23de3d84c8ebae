import { Option, type Command } from 'commander';
import { FORMATS } from '../emit/findings/formats.js';
import { SEVERITIES } from '../lint/types.js';
import { addInputOption, collect } from './common-options.js';
import type { CliIO } from './io.js';
import type { LintCommandOptions } from './options.js';

export function addLintCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('lint')
    .description('check that every workload can join the Istio mesh, and report what stands in the way');
  addInputOption(cmd)
    .argument('[files...]', 'manifest files or directories, as with -f (how pre-commit passes them)')
    .option(
      '--context <path>',
      'file or directory of manifests that cross-file checks may refer to (a Deployment\'s Service) but that are not checked themselves; may repeat',
      collect,
      [],
    )
    .option('--format <format>', `report format: ${FORMATS.join(', ')}`, 'text')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...SEVERITIES]).default('error'))
    .option('--config <file>', 'lint configuration (default: .kube-inject.yaml in the working directory, if there is one)')
    .option('--expect-injected', 'the manifests are already injected: check that every pod carries istio-proxy')
    .option('--native-sidecars', 'check as if injecting with --native-sidecars (Jobs then complete)')
    .option('--mesh-config <file>', 'MeshConfig YAML, or the istio ConfigMap, read as istioctl analyze reads it (root namespace, DNS address allocation, default providers, ingress gateway); may repeat', collect, [])
    .addHelpText(
      'after',
      `
Inputs: -f and files as arguments; with neither, standard input (unless it is a terminal).

Exit status: 0 clean, 1 findings at or above --fail-on, 2 invalid input or configuration.
Invalid input (a file that cannot be read or parsed, an unrendered Helm template, no manifest at
all) does not stop the run: the other files are still linted, and every error is in the report,
in the chosen format.

Context (--context): the manifests of context files are indexed, so that a Service, a workload or
a label in another file counts (pre-commit passes only the changed files), but nothing in them is
reported, and they are not being checked: files that do not parse and documents that are not
Kubernetes objects (no apiVersion and kind) are skipped silently. Directories are walked as for -f
(hidden entries and node_modules skipped); a file given both as context and as input is an input.

Examples:
  kube-inject lint -f manifests/
  kube-inject lint app.yaml other.yaml
  kube-inject lint -f app.yaml --format sarif > kube-inject.sarif
  helm template my-chart | kube-inject lint -f - --fail-on warning
  kube-inject lint k8s/web/deployment.yaml --context k8s/   # the Service may be in another file
`,
    )
    .action(async (files: string[], opts: LintCommandOptions) => {
      const { runLint } = await import('./lint-run.js');
      setCode(await runLint({ ...opts, filename: [...opts.filename, ...files] }, io));
    });
}

