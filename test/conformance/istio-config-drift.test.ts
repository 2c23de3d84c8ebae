/**
 * Pins the one known difference between the shared Istio injector config and the goldens (see
 * test/helpers/istio-config-drift.ts): with the config exactly as shared, Istio's templates add
 * a GOMAXPROCS env entry to istio-proxy that the goldens (made after upstream removed it) lack.
 * This test fails if anything else differs, or if that entry stops being the difference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeStream } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { locateConformanceData, missingDataMessage } from '../helpers/shared.js';

type Obj = Record<string, unknown>;

function proxyEnv(doc: unknown): Obj[] {
  const spec = ((doc as Obj).spec as Obj).template as Obj;
  const containers = ((spec.spec as Obj).containers ?? []) as Obj[];
  const proxy = containers.find((c) => c.name === 'istio-proxy');
  return (proxy?.env ?? []) as Obj[];
}

describe('the shared Istio injector config against the goldens', () => {
  const loc = locateConformanceData();
  it('is present (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });

  it('differs from the goldens only by the GOMAXPROCS env entry that upstream removed', async () => {
    const shared = loc.dir!;
    const input = join(shared, 'inject', 'hello.yaml');
    const golden = join(shared, 'inject', 'hello-old-version.yaml.injected');
    const r = await runCli([
      '-f', input,
      '--values', join(shared, 'config', 'test-default.values.json'),
      '--mesh-config', join(shared, 'config', 'test-default.mesh.yaml'),
      '--inject-config', join(shared, 'config', 'istio-sidecar-injector.config.yaml'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const [actual] = normalizeStream(r.stdout);
    const [expected] = normalizeStream(readFileSync(golden, 'utf8'), { golden: true, filename: golden });
    const env = proxyEnv(actual);
    const extra = env.filter((e) => e.name === 'GOMAXPROCS');
    expect(extra, 'the shared config should add exactly one GOMAXPROCS entry').toHaveLength(1);
    expect(proxyEnv(expected).some((e) => e.name === 'GOMAXPROCS')).toBe(false);
    env.splice(env.indexOf(extra[0]!), 1);
    expect(actual).toEqual(expected);
  });
});
