/**
 * Global setup of the suites that run the executable: its code cache goes to a directory of the
 * test run's own (`KUBE_INJECT_CACHE_DIR`), removed at the end, not to the user's cache directory.
 * The processes the tests start inherit it (`run-cli.ts` passes it on).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'kube-inject-test-cache-'));
  process.env['KUBE_INJECT_CACHE_DIR'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
