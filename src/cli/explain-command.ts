import { Option, type Command } from 'commander';
import { EXPLAIN_FORMATS } from '../explain/index.js';
import { addInputOption, collect } from './common-options.js';
import type { CliIO } from './io.js';
import type { ExplainOptions } from './options.js';

export function addExplainCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('explain')
    .description("explain each workload's traffic capture and the path a request takes through Envoy, from the Services in the input");
  addInputOption(cmd)
    .argument('[files...]', 'manifest files or directories, as with -f')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPLAIN_FORMATS]).default('text'))
    .option('--values <file>', 'Istio Helm values, as for inject; may repeat', collect, [])
    .option('--mesh-config <file>', 'MeshConfig, as for inject; may repeat', collect, [])
    .option('--inject-config <file>', 'the injector config, as for inject')
    .option('--operator-file <file>', 'an IstioOperator, as for inject')
    .option('--revision <revision>', 'the Istio revision, as for inject')
    .option('--native-sidecars', 'native sidecars, as for inject')
    .option('--config <file>', 'lint configuration (default: .kube-inject.yaml in the working directory)')
    .addHelpText(
      'after',
      `
For each workload: which inbound ports go to Envoy and which bypass it, which outbound ranges and
ports are captured, the exempt UID and GID, the interception mode, the probe rewrites and the lint
findings; then, for the Services in the input, the path through Envoy as istioctl proxy-config
names it (iptables chain, virtualInbound/virtualOutbound, filter chain, listener, route, cluster).
--format mermaid draws the same paths as a Mermaid flowchart (GitHub renders it in Markdown).

Examples:
  kube-inject explain -f app.yaml
  kube-inject explain -f app.yaml --format json | jq '.workloads[].capture'
  kube-inject explain -f app.yaml --format mermaid
`,
    )
    .action(async (files: string[], opts: ExplainOptions) => {
      const { runExplain } = await import('./explain-run.js');
      setCode(await runExplain({ ...opts, filename: [...opts.filename, ...files] }, io));
    });
}
