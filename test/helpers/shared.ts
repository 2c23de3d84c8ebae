import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root, from this file's own location. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Istio's injector test data (inputs, goldens, test values and mesh config, istioctl's CLI
 * cases, iptables goldens), carried in the repository: `test/data/istio/` (see its README).
 */
export const ISTIO_DATA_DIR = join(REPO_ROOT, 'test', 'data', 'istio');

export interface SharedLocation {
  /** The folder, when it holds the layout its README describes. */
  readonly dir: string | null;
  /** Every place looked at, for the failure message. */
  readonly looked: readonly string[];
}

const REQUIRED = ['README.md', 'inject', 'kubeinject-cli', 'iptables', 'config/test-default.values.json', 'config/test-default.mesh.yaml'];

/** The in-repository Istio data, checked for its layout (a test fails when files went missing). */
export function locateConformanceData(looked: readonly string[] = [ISTIO_DATA_DIR]): SharedLocation {
  for (const dir of looked) {
    if (existsSync(dir) && statSync(dir).isDirectory() && REQUIRED.every((p) => existsSync(join(dir, p)))) return { dir, looked };
  }
  return { dir: null, looked };
}

/** The message every conformance test fails with when the data is missing. It never skips. */
export function missingDataMessage(loc: SharedLocation): string {
  return `Istio test data not found. Looked in:\n${loc.looked.map((p) => `  - ${p}`).join('\n')}\nEach must hold ${REQUIRED.join(', ')} (test/data/istio/README.md).`;
}

/**
 * Istio's own injector ConfigMap `data.config` (its templates are Istio's code, so they are not
 * carried in the repository): `$KUBE_INJECT_ISTIO_INJECTOR_CONFIG` when set, else
 * `../shared/istio-conformance/config/istio-sidecar-injector.config.yaml` beside the checkout.
 * Only the suite under `test/istio-templates/` (`npm run test:istio-templates`) uses it; it
 * throws, never skips, when the file is missing.
 */
export function istioInjectorConfigFile(): string {
  const env = process.env['KUBE_INJECT_ISTIO_INJECTOR_CONFIG'];
  if (env === 'none') {
    throw new Error("npm test runs as a clone alone does, without Istio's templates (vitest.config.ts): a test that needs them belongs under test/istio-templates/ (npm run test:istio-templates).");
  }
  const file = env ? resolve(env) : resolve(REPO_ROOT, '..', 'shared', 'istio-conformance', 'config', 'istio-sidecar-injector.config.yaml');
  if (!existsSync(file)) {
    throw new Error(`Istio's injector config not found at ${file}: check out ../shared beside the repository or set KUBE_INJECT_ISTIO_INJECTOR_CONFIG. This suite never skips.`);
  }
  return file;
}
