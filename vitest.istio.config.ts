import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

/**
 * `npm run test:istio-templates`: the suite that renders Istio's own injector templates (Istio's
 * code, not carried in the repository) from ../shared beside the checkout. CI runs it after
 * `npm test`; it fails, never skips, when ../shared is missing.
 */
export default defineConfig({
  ...shared,
  test: {
    include: ['test/istio-templates/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'threads',
  },
});
