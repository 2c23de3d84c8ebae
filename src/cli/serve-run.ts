import { existsSync } from 'node:fs';
import { loadInjectorConfig, type InjectionInputs } from '../config/load-injection.js';
import { KubeInjectError } from '../model/errors.js';
import { printable } from '../emit/printable.js';
import { prepareInjector } from '../inject/index.js';
import { reviewAnswerer } from '../webhook/answer.js';
import { EXIT, type CliIO } from './io.js';
import type { ServeOptions } from './options.js';
import { readTlsPair, watchTlsPair } from './tls-files.js';
import { createWebhookServer } from './webhook-server.js';
import { startReviewPool } from './worker-pool.js';

/**
 * What `kube-inject serve` does: loads the injection configuration once (as `inject` does),
 * serves reviews until SIGTERM or SIGINT, then stops gracefully and returns 0. A configuration
 * or certificate that cannot be read fails before the server listens (exit 2).
 *
 */
export async function runServe(opts: ServeOptions, io: CliIO): Promise<number> {
  const log = (line: string) => io.stderr.write(`${printable(line)}\n`);
  const injector = prepareInjector(await loadInjectorConfig(opts, {}));
  for (const w of injector.configWarnings) log(`warning: ${w}`);
  const pair = await readTlsPair(opts.tlsCert, opts.tlsKey);
  const options = { failClosed: opts.failClosed === true };
  const pool = opts.workers > 0 ? await startReviewPool(workerScript(), opts.workers, inputsOf(opts), options, log) : undefined;
  const server = createWebhookServer({
    cert: pair.cert,
    key: pair.key,
    answer: pool ? (body) => pool.answer(body) : reviewAnswerer(injector, options),
    log,
    limits: { headersTimeoutMs: opts.requestTimeout, requestTimeoutMs: opts.requestTimeout, handshakeTimeoutMs: opts.requestTimeout },
  });
  const port = await server.listen(opts.port, opts.address);
  const unwatch = watchTlsPair(opts.tlsCert, opts.tlsKey, opts.certCheckInterval, (p) => server.setCertificate(p.cert, p.key), log);
  let releases: Array<(() => void) | undefined> = [];
  const stopped = new Promise<string>((resolve) => {
    releases = (['SIGTERM', 'SIGINT'] as const).map((signal) => io.onSignal?.(signal, () => resolve(signal)));
  });
  log(`kube-inject serve: listening on https://${opts.address}:${port} (POST /inject, GET /healthz, GET /readyz)${options.failClosed ? ', failing closed' : ''}${pool ? `, ${opts.workers} review workers` : ''}`);
  const signal = await stopped;
  for (const release of releases) release?.();
  log(`kube-inject serve: ${signal}: no new connections; finishing the reviews under way`);
  await server.stop();
  await pool?.close();
  unwatch();
  log('kube-inject serve: stopped');
  return EXIT.ok;
}

/** The options a worker needs to load the same configuration (plain data: they cross to a thread). */
function inputsOf(opts: ServeOptions): InjectionInputs {
  const { values, meshConfig, injectConfig, operatorFile, revision, nativeSidecars } = opts;
  return JSON.parse(JSON.stringify({ values, meshConfig, injectConfig, operatorFile, revision, nativeSidecars })) as InjectionInputs;
}

/**
 * The worker's entry: dist/webhook-worker.js beside the chunk this code is bundled into
 * (dist/chunks/). Run from the sources there is none: workers need the built kube-inject.
 */
function workerScript(): URL {
  const url = new URL('../webhook-worker.js', import.meta.url);
  if (!existsSync(url)) throw new KubeInjectError('usage', '--workers needs the built kube-inject (bin/kube-inject.js, which runs dist/); no dist/webhook-worker.js was found');
  return url;
}
