import { InvalidArgumentError, type Command } from 'commander';
import { addInputOption, collect } from './common-options.js';
import { addConfigFileOptions, addNativeSidecarsOption, addRevisionOption } from './injection-options.js';
import type { CliIO } from './io.js';
import type { InjectOptions } from './options.js';

export const DEFAULT_PROXY_IMAGE = 'docker.io/istio/proxyv2:1.31.0';

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!/^[0-9]+$/.test(text) || n < 1 || n > 64) throw new InvalidArgumentError('expected a whole number from 1 to 64');
  return n;
}

export function addInjectCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('inject', { isDefault: true })
    .description('inject the Istio sidecar into every workload and write the manifests to stdout');
  const withInput = addInputOption(cmd)
    .argument('[files...]', 'manifest files or directories, as with -f (inject is the default command: kube-inject app.yaml)')
    .option('-o, --output <file>', 'write the manifests to this file (atomically) instead of stdout')
    .option('-q, --quiet', 'do not print the per-resource report');
  addConfigFileOptions(withInput)
    .option('--hub <hub>', 'image hub (values global.hub; default docker.io/istio)')
    .option('--tag <tag>', 'image tag (values global.tag; default 1.31.0)')
    .option('--proxy-image <image>', `proxy image name or full reference (values global.proxy.image; default ${DEFAULT_PROXY_IMAGE})`);
  addRevisionOption(withInput);
  addNativeSidecarsOption(withInput)
    .option('--compliance-policy <policy>', "istiod's COMPLIANCE_POLICY, e.g. fips-140-3 (.CompliancePolicy of the templates; default: values pilot.env.COMPLIANCE_POLICY)")
    .option('--platform <platform>', 'the platform istiod runs on (default: values global.platform); openshift takes the proxy UID/GID from the Namespace')
    .option('--namespace-file <file>', 'manifests holding the Namespace objects of the workloads (OpenShift), besides those in the input; may repeat', collect, [])
    .option('--strict', 'fail (exit 1, nothing written) when the lint pass finds an error')
    .option('--config <file>', 'lint configuration (default: .kube-inject.yaml in the working directory)')
    .option('-j, --jobs <n>', 'threads to inject with (default: one per CPU, for streams of a few hundred documents or more; 1: no worker threads); the output is the same', positiveInteger)
    .option('--allow-env', "let templates read environment variables with {{ env \"NAME\" }} (off: env gives \"\", so a supplied template cannot copy a secret into the output)")
    .addHelpText(
      'after',
      `
Inputs: -f and files as arguments; with neither, standard input (unless it is a terminal).

Exit status: 0 written; 1 --strict and a lint error; 2 invalid input (a file that cannot be read
or parsed, an unrendered Helm template, a bad annotation value, no manifest at all) or
configuration. On 1 or 2 nothing is written: every error is listed on stderr.

Examples:
  kube-inject -f app.yaml | kubectl apply -f -
  kube-inject app.yaml other.yaml > injected.yaml
  kube-inject -f manifests/ -o injected.yaml
  helm template my-chart | kube-inject -f - > out.yaml
`,
    )
    .action(async (files: string[], opts: InjectOptions) => {
      const { runInject } = await import('./inject-run.js');
      setCode(await runInject({ ...opts, filename: [...opts.filename, ...files] }, io, files));
    });
}

