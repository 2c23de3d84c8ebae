import { type Command, InvalidArgumentError } from 'commander';
import { addConfigFileOptions, addNativeSidecarsOption, addRevisionOption } from './injection-options.js';
import type { CliIO } from './io.js';
import type { ServeOptions } from './options.js';

export const DEFAULT_WEBHOOK_PORT = 9443;

const integer = (what: string, min: number, max: number) => (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${what} must be a whole number from ${min} to ${max}`);
  return n;
};

export function addServeCommand(program: Command, io: CliIO, setCode: (c: number) => void): void {
  const cmd = program
    .command('serve')
    .description('run the mutating admission webhook: inject the sidecar into pods as the API server creates them (HTTPS, POST /inject)')
    .requiredOption('--tls-cert <file>', 'the serving certificate (PEM; reloaded when the file changes, as cert-manager rotates it)')
    .requiredOption('--tls-key <file>', 'its private key (PEM; reloaded with the certificate)')
    .option('--port <port>', 'the HTTPS port (0 picks a free one)', integer('--port', 0, 65535), DEFAULT_WEBHOOK_PORT)
    .option('--address <address>', 'the address to listen on', '0.0.0.0')
    .option('--fail-closed', 'refuse a pod whose injection fails (allowed: false with the reason); default: admit it without a sidecar, with a warning')
    .option('--workers <n>', 'answer reviews in this many worker threads (0: in the main thread, beside TLS and HTTP)', integer('--workers', 0, 64), 0)
    .option('--request-timeout <ms>', 'a client must complete its TLS handshake, and then send its whole request, within this (else 408 and the connection is closed)', integer('--request-timeout', 100, 600_000), 10_000)
    .option('--cert-check-interval <ms>', 'how often the certificate files are checked for a change', integer('--cert-check-interval', 10, 3_600_000), 2000);
  addConfigFileOptions(cmd);
  addRevisionOption(cmd);
  addNativeSidecarsOption(cmd).addHelpText(
    'after',
    `
Endpoints: POST /inject (admission.k8s.io/v1 AdmissionReview of a Pod), GET /healthz, GET /readyz.
Each review is logged on stderr: namespace/pod, decision, milliseconds. SIGTERM (or SIGINT) stops
accepting connections, lets the reviews under way finish, and exits 0.

Example:
  kube-inject serve --tls-cert tls.crt --tls-key tls.key --values values.yaml
  kube-inject webhook-manifests --help   (the manifests that install it in a cluster)
`,
  );
  cmd.action(async (opts: ServeOptions) => {
    const { runServe } = await import('./serve-run.js');
    setCode(await runServe(opts, io));
  });
}
