import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadInjectorConfig } from '../config/load-injection.js';
import { toYaml } from '../emit/manifests.js';
import { KubeInjectError } from '../model/errors.js';
import { webhookManifests, type ConfigFileInput } from '../webhook/manifests.js';
import { EXIT, type CliIO } from './io.js';
import type { WebhookManifestsOptions } from './options.js';

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new KubeInjectError('io', `cannot read the ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
}

/** What `kube-inject webhook-manifests` does: checks the configuration, prints the objects. */
export async function runWebhookManifests(opts: WebhookManifestsOptions, io: CliIO): Promise<number> {
  if ((opts.caFile === undefined) === (opts.certManager !== true)) {
    throw new KubeInjectError('usage', 'give either --ca-file (the CA of your serving certificate) or --cert-manager (cert-manager issues it): the API server must trust the webhook');
  }
  // The same loader as inject and serve: a file the webhook could not use fails here, not in the cluster.
  await loadInjectorConfig(opts, {});
  const configFiles: ConfigFileInput[] = [];
  const add = async (flag: string, file: string, what: string) => configFiles.push({ flag, text: await readText(file, what), ext: extname(file).toLowerCase() });
  for (const file of opts.values ?? []) await add('--values', file, 'values file');
  for (const file of opts.meshConfig ?? []) await add('--mesh-config', file, 'mesh config');
  if (opts.injectConfig) await add('--inject-config', opts.injectConfig, 'injector config');
  if (opts.operatorFile) await add('--operator-file', opts.operatorFile, 'IstioOperator file');

  let tls: { caBundle: string } | { certManager: true } = { certManager: true };
  if (opts.caFile !== undefined) {
    const ca = await readText(opts.caFile, 'CA file');
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new KubeInjectError('config', 'the CA file holds no PEM certificate (-----BEGIN CERTIFICATE-----)', { file: opts.caFile });
    tls = { caBundle: Buffer.from(ca).toString('base64') };
  }
  const digest = createHash('sha256');
  for (const f of configFiles) digest.update(`${f.flag}\0${f.text}\0`);
  digest.update(`${opts.revision ?? ''}\0${opts.nativeSidecars === true}\0${opts.failClosed === true}`);
  const objects = webhookManifests({
    namespace: opts.namespace,
    name: opts.name,
    image: opts.image,
    replicas: opts.replicas,
    tls,
    tlsSecret: opts.tlsSecret ?? `${opts.name}-tls`,
    failClosed: opts.failClosed === true,
    timeoutSeconds: opts.timeoutSeconds,
    revision: opts.revision ?? '',
    nativeSidecars: opts.nativeSidecars === true,
    configFiles,
    configDigest: digest.digest('hex').slice(0, 16),
  });
  io.stdout.write(objects.map((o) => toYaml(o)).join('---\n'));
  return EXIT.ok;
}
