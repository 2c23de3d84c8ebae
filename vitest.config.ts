import { readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** What every suite shares; `npm test` runs this config. */
export const shared = {
  // As scripts/build.mjs defines it for the bundle (src/cli/version.ts).
  define: { __KUBE_INJECT_VERSION__: JSON.stringify(version) },
};

export default defineConfig({
  ...shared,
  test: {
    include: ['test/**/*.test.ts'],
    // Suites of their own: Istio's templates need ../shared (vitest.istio.config.ts); the
    // install paths use the real pre-commit and npm (vitest.e2e.config.ts).
    exclude: [...configDefaults.exclude, 'test/istio-templates/**', 'test/e2e/**'],
    // As on a user's clone: no ../shared, so a test here that reaches for Istio's templates fails
    // in every checkout, not only on a fresh one (test/helpers/shared.ts).
    env: { KUBE_INJECT_ISTIO_INJECTOR_CONFIG: 'none' },
    // The executable's code cache in a directory of the run's own, not the user's.
    globalSetup: ['test/helpers/cache-dir.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
