import { Option, type Command } from 'commander';
import { FORMATS } from '../emit/findings/formats.js';
import { SEVERITIES, type Severity } from '../lint/types.js';
import { addInputOption } from './common-options.js';
import type { CliIO } from './io.js';

export interface LintCommandOptions {
  filename: string[];
  format: string;
  failOn: Severity;
  config?: string;
  expectInjected?: boolean;
  nativeSidecars?: boolean;
}

export function addLintCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('lint')
    .description('check that every workload can join the Istio mesh, and report what stands in the way');
  addInputOption(cmd)
    .argument('[files...]', 'manifest files or directories, as with -f (how pre-commit passes them)')
    .option('--format <format>', `report format: ${FORMATS.join(', ')}`, 'text')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...SEVERITIES]).default('error'))
    .option('--config <file>', 'lint configuration (default: .kube-inject.yaml in the working directory, if there is one)')
    .option('--expect-injected', 'the manifests are already injected: check that every pod carries istio-proxy')
    .option('--native-sidecars', 'check as if injecting with --native-sidecars (Jobs then complete)')
    .addHelpText(
      'after',
      `
Exit status: 0 clean, 1 findings at or above --fail-on, 2 invalid input or configuration.

Examples:
  kube-inject lint -f manifests/
  kube-inject lint -f app.yaml --format sarif > kube-inject.sarif
  helm template my-chart | kube-inject lint -f - --fail-on warning
`,
    )
    .action(async (files: string[], opts: LintCommandOptions) => {
      const { runLint } = await import('./lint-run.js');
      setCode(await runLint({ ...opts, filename: [...opts.filename, ...files] }, io));
    });
}

