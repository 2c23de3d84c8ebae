import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (`/work/main`), from this file's own location. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where the Istio conformance data is looked for: `$KUBE_INJECT_CONFORMANCE_DIR` when set (and
 * then only there), else `<repo>/../shared/istio-conformance`, relative to the repository (not
 * to the working directory), so the tests find it from anywhere.
 */
export function conformanceCandidates(): string[] {
  const env = process.env['KUBE_INJECT_CONFORMANCE_DIR'];
  if (env) return [resolve(env)];
  return [fileURLToPath(new URL('../../../shared/istio-conformance/', import.meta.url)).replace(/\/$/, '')];
}

export interface SharedLocation {
  /** The folder, when it was found with the layout the README describes. */
  readonly dir: string | null;
  /** Every place looked at, for the failure message. */
  readonly looked: readonly string[];
}

const REQUIRED = ['README.md', 'inject', 'kubeinject-cli', 'config/test-default.values.json', 'config/test-default.mesh.yaml', 'config/istio-sidecar-injector.config.yaml'];

export function locateConformanceData(looked: readonly string[] = conformanceCandidates()): SharedLocation {
  for (const dir of looked) {
    if (existsSync(dir) && statSync(dir).isDirectory() && REQUIRED.every((p) => existsSync(join(dir, p)))) return { dir, looked };
  }
  return { dir: null, looked };
}

/** The message every conformance test fails with when the data is missing. It never skips. */
export function missingDataMessage(loc: SharedLocation): string {
  return (
    `Istio conformance data not found. Looked in:\n${loc.looked.map((p) => `  - ${p}`).join('\n')}\n` +
    `Each must hold ${REQUIRED.join(', ')}. Check out the shared folder next to the repository ` +
    `(../shared/istio-conformance) or set KUBE_INJECT_CONFORMANCE_DIR. These tests never skip.`
  );
}
