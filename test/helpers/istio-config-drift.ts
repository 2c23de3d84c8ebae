/**
 * The one known difference between the shared Istio injector config and the goldens.
 *
 * The shared config's templates predate the commit the goldens were made with by one change:
 * istio/istio f818da38b62 ("Remove redundant GOMAXPROCS var from charts") deleted the
 * GOMAXPROCS env entry from the templates and regenerated every golden. Tests that run Istio's
 * templates apply the same deletion, and `test/conformance/istio-config-drift.test.ts` pins
 * that this entry is the ONLY difference, so nothing else can hide behind it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GOMAXPROCS_ENTRY = /^( *)- name: GOMAXPROCS\n\1  valueFrom:\n\1    resourceFieldRef:\n\1      resource: limits\.cpu\n\1      divisor: "1"\n/gm;

/** The template text with the upstream deletion applied, and how many entries it removed. */
export function alignWithGoldenCommit(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(GOMAXPROCS_ENTRY, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

/**
 * A copy of the shared injector config file with the deletion applied, in a temporary
 * directory. Throws when the shared file no longer has the entry (the data was refreshed:
 * then this helper must go).
 */
export function alignedInjectorConfigFile(sharedConfig: string): string {
  const { text, removed } = alignWithGoldenCommit(readFileSync(sharedConfig, 'utf8'));
  if (removed === 0) throw new Error(`${sharedConfig} no longer sets GOMAXPROCS: remove test/helpers/istio-config-drift.ts`);
  const file = join(mkdtempSync(join(tmpdir(), 'kube-inject-istio-config-')), 'istio-sidecar-injector.config.yaml');
  writeFileSync(file, text);
  return file;
}
