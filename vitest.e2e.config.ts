import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

// The install-path tests (test/e2e): real pre-commit and npm installs, so not part of `npm test`.
// Run with `npm run test:e2e`; .ci/run does, after `npm test`.
export default defineConfig({
  ...shared,
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // One file, its steps in order; every command's time counts, so be generous.
    fileParallelism: false,
    // The executable's code cache in a directory of the run's own, not the user's.
    globalSetup: ['test/helpers/cache-dir.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
