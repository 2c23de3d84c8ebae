import { type Command, InvalidArgumentError } from 'commander';
import { addConfigFileOptions, addNativeSidecarsOption, addRevisionOption } from './injection-options.js';
import type { CliIO } from './io.js';
import type { WebhookManifestsOptions } from './options.js';
import { VERSION } from './version.js';

const integer = (what: string, min: number, max: number) => (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${what} must be a whole number from ${min} to ${max}`);
  return n;
};

export function addWebhookManifestsCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('webhook-manifests')
    .description('print the manifests that install `kube-inject serve` as the mutating admission webhook of a cluster')
    .option('--namespace <namespace>', 'where the webhook runs', 'kube-inject')
    .option('--name <name>', 'of its Service, Deployment, ServiceAccount and webhook configuration', 'kube-inject-webhook')
    .option('--image <image>', 'the container image with kube-inject', `kube-inject:${VERSION}`)
    .option('--replicas <n>', 'Deployment replicas', integer('--replicas', 1, 100), 2)
    .option('--ca-file <file>', "the CA (PEM) that signed the serving certificate: the webhook configuration's caBundle")
    .option('--cert-manager', 'let cert-manager issue the serving certificate (a self-signed Issuer and a Certificate) and inject its CA')
    .option('--tls-secret <name>', 'the Secret with tls.crt and tls.key (default: <name>-tls)')
    .option('--fail-closed', 'failurePolicy Fail, and serve --fail-closed: a pod is not created when injection fails or the webhook is down (default: Ignore)')
    .option('--timeout-seconds <n>', 'how long the API server waits for a review', integer('--timeout-seconds', 1, 30), 10);
  addConfigFileOptions(cmd);
  addRevisionOption(cmd);
  addNativeSidecarsOption(cmd).addHelpText(
    'after',
    `
The configuration files (--values, --mesh-config, --inject-config, --operator-file) are checked
here, then copied into a ConfigMap that the webhook reads: what kube-inject -f does with them is
what the webhook does.

Examples:
  kube-inject webhook-manifests --cert-manager --values values.yaml | kubectl apply -f -
  kube-inject webhook-manifests --ca-file ca.crt --tls-secret my-tls | kubectl apply -f -
`,
  );
  cmd.action(async (opts: WebhookManifestsOptions) => {
    const { runWebhookManifests } = await import('./webhook-manifests-run.js');
    setCode(await runWebhookManifests(opts, io));
  });
}
