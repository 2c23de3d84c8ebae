/**
 * README, Injecting: re-injecting an injected manifest gives the same output, except (as in
 * Istio's injector) a pod's own settings of an injected container, which apply to the first
 * injection only. Both halves, on Istio's own inputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliOnText } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const DATA = join(REPO_ROOT, 'test', 'data', 'istio');
const SETTINGS = ['-q', '--values', join(DATA, 'config', 'test-default.values.json'), '--mesh-config', join(DATA, 'config', 'test-default.mesh.yaml')];

async function twice(file: string): Promise<{ once: string; again: string }> {
  const once = await runCliOnText(readFileSync(join(DATA, 'inject', file), 'utf8'), SETTINGS);
  expect(once.code, once.stderr).toBe(0);
  const again = await runCliOnText(once.stdout, SETTINGS);
  expect(again.code, again.stderr).toBe(0);
  return { once: once.stdout, again: again.stdout };
}

describe('re-injection', () => {
  it('gives the same output for a pod without settings of its own for the injected containers', async () => {
    for (const file of ['hello.yaml', 'traffic-annotations.yaml', 'hello-probes.yaml']) {
      const { once, again } = await twice(file);
      expect(again, file).toBe(once);
    }
  });

  it('renders the injected containers from the template again: the pod’s own istio-init args apply to the first injection only', async () => {
    const { once, again } = await twice('proxy-override.yaml');
    expect(once).toMatch(/^\s+image: fake\/custom-image$/m);
    expect(once).toMatch(/- my\n\s+- custom\n\s+- args/);
    expect(once).toContain('proxy.istio.io/overrides');
    // The record stays; the container is the template's again.
    expect(again).toContain('proxy.istio.io/overrides');
    expect(again).not.toMatch(/^\s+image: fake\/custom-image$/m);
    expect(again).not.toMatch(/- my\n\s+- custom\n\s+- args/);
    expect(again).toMatch(/- istio-iptables/);
  });
});
