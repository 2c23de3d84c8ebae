/**
 * The app-probe rewrite copies only what it writes to (probes/rewrite-copy.ts), not the whole pod
 * spec: over every pod template of the conformance data (inputs, and Istio's injected outputs as
 * re-injection inputs), with rewriting on and off and as a re-injection, its result is the
 * result of the whole-spec copy it replaced, and the input is left as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { locateWorkloads } from '../../src/locate/workloads.js';
import { getAt } from '../../src/model/pointer.js';
import type { Container, PodSpec } from '../../src/model/pod.js';
import { copyForProbeRewrite } from '../../src/inject/probes/rewrite-copy.js';
import type { AppProbeOptions } from '../../src/inject/probes/types.js';
import { PROXY_ENV } from '../../src/istio/sidecar.js';
import { appProbersJson, applyAppProbeRewrite, computeAppProbers, probeStatusPort, rewriteAppProbes } from '../../src/inject/probes/app-probers.js';
import { STATUS_ANNOTATION } from '../../src/istio/keys.js';
import { parseManifests } from '../helpers/normalize.js';
import { locateConformanceData } from '../helpers/shared.js';

/** applyAppProbeRewrite as it was, with a structuredClone of the whole spec. */
function wholeCopyRewrite(spec: PodSpec, options: AppProbeOptions): PodSpec {
  const probers = computeAppProbers(spec, options);
  const out = rewriteAppProbes(spec, probeStatusPort(options.annotations, options.meshStatusPort), options);
  if (!probers) return out;
  const all = [...((out.containers ?? []) as Container[]), ...((out.initContainers ?? []) as Container[])];
  const proxy = all.find((c) => c && c.name === 'istio-proxy')!;
  const env = (Array.isArray(proxy.env) ? proxy.env : []) as Array<Record<string, unknown>>;
  const value = appProbersJson(probers);
  const reinjected = options.annotations !== undefined && Object.hasOwn(options.annotations, STATUS_ANNOTATION);
  const at = reinjected ? env.findIndex((e) => e.name === PROXY_ENV.appProbers) : -1;
  if (at >= 0) env[at] = { name: PROXY_ENV.appProbers, value };
  else env.push({ name: PROXY_ENV.appProbers, value });
  proxy.env = env;
  return out;
}

describe('the app-probe rewrite copies only what it writes to', () => {
  test('same result as copying the whole spec, input unchanged, over the conformance data', () => {
    const loc = locateConformanceData();
    expect(loc.dir).not.toBeNull();
    const dir = join(loc.dir!, 'inject');
    let specs = 0;
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml(\.injected)?$/.test(f))) {
      for (const doc of parseManifests(readFileSync(join(dir, file), 'utf8'), file)) {
        let workloads;
        try {
          workloads = locateWorkloads(doc);
        } catch {
          continue;
        }
        for (const w of workloads) {
          const template = getAt(doc, w.podTemplatePointer) as { metadata?: { annotations?: Record<string, string> }; spec: PodSpec };
          const annotations = template.metadata?.annotations ?? {};
          for (const options of [
            { annotations, rewriteAppHTTPProbe: true, meshStatusPort: 15020 },
            { annotations, rewriteAppHTTPProbe: false },
            { annotations: { ...annotations, [STATUS_ANNOTATION]: '{}' }, rewriteAppHTTPProbe: true },
          ]) {
            specs++;
            const before = structuredClone(template.spec);
            const got = applyAppProbeRewrite(template.spec, options);
            expect(template.spec, `${file}: the input is unchanged`).toEqual(before);
            expect(got, `${file}: the result`).toEqual(wholeCopyRewrite(structuredClone(before), options));
            expect(copyForProbeRewrite(before)).toEqual(before);
          }
        }
      }
    }
    expect(specs).toBeGreaterThan(100);
  });
});
