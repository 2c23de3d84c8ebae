/**
 * A template's output is shared between pods, frozen, and what the Go round trip, the Go field
 * order and the writer make of a frozen part is remembered (src/model/frozen.ts). So a pod
 * injected late in a stream takes much of its output from earlier pods. That shortcut must give
 * what a fresh engine gives: every document of a generated stream of 60 applications (every
 * workload kind, probe style and annotation mix of the benchmark) is injected once in the stream
 * and once alone, with its own newly prepared engine, and the texts must be the same. Objects a
 * caller froze are not the engine's to share.
 */
import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.mjs';
import { loadInjectorConfig } from '../../src/config/load-injection.js';
import { prepareInjector, type Injector } from '../../src/inject/index.js';
import { injectOneDocument } from '../../src/parallel/one-document.js';
import { splitStream } from '../../src/read/split.js';

const text = generateStream(60);
const docs = splitStream({ name: 'stream.yaml', text });

async function freshInjector(): Promise<Injector> {
  return prepareInjector(await loadInjectorConfig({}, {}));
}

describe('pods that share a template output', () => {
  it('are written as each would be by a fresh engine', async () => {
    const shared = await freshInjector();
    const inStream = docs.map((doc) => injectOneDocument(doc, shared, { namespaces: new Map() }));
    let injected = 0;
    for (let i = 0; i < docs.length; i++) {
      const alone = injectOneDocument(docs[i]!, await freshInjector(), { namespaces: new Map() });
      expect(inStream[i]!.errors, `document ${i + 1}`).toEqual([]);
      expect(inStream[i]!.text, `document ${i + 1}, injected in the stream and alone`).toBe(alone.text);
      if (inStream[i]!.outcomes.some((o) => o.outcome === 'injected')) injected++;
    }
    // Enough pods for their template outputs to be shared.
    expect(injected).toBeGreaterThan(40);
  });

  it('share the frozen parts of the template output', async () => {
    const injector = await freshInjector();
    const proxyOf = (i: number) => {
      const r = injector.inject({ kind: 'Pod', apiVersion: 'v1', name: `p${i}`, namespace: 'default', podTemplate: { metadata: { name: `p${i}`, labels: { app: `p${i}` } }, spec: { containers: [{ name: `app${i}`, image: 'x' }] } } });
      if (r.outcome !== 'injected') throw new Error('not injected');
      const spec = r.podTemplate.spec as { containers: Array<{ name: string; securityContext?: object; volumeMounts?: object }> };
      return spec.containers.find((c) => c.name === 'istio-proxy')!;
    };
    const a = proxyOf(1);
    const b = proxyOf(2);
    expect(b.volumeMounts).toBe(a.volumeMounts);
    expect(Object.isFrozen(b.volumeMounts)).toBe(true);
    expect(b.securityContext).toBe(a.securityContext);
  });

  it("are not mixed up with a caller's own frozen objects, whose insides may still change", async () => {
    const injector = await freshInjector();
    // Frozen at the top only, as a caller might: what is inside still changes.
    const limits: Record<string, string> = { cpu: '1' };
    const resources = Object.freeze({ limits });
    const env = [{ name: 'A', value: '1' }];
    const container = Object.freeze({ name: 'app', image: 'x', env, resources });
    const podTemplate = { metadata: { labels: { app: 'a' } }, spec: Object.freeze({ containers: Object.freeze([container]) }) };
    const app = () => {
      const r = injector.inject({ kind: 'Pod', apiVersion: 'v1', name: 'a', namespace: 'default', podTemplate });
      if (r.outcome !== 'injected') throw new Error('not injected');
      const spec = r.podTemplate.spec as { containers: Array<{ name: string; env?: unknown; resources?: unknown }> };
      return spec.containers.find((c) => c.name === 'app')!;
    };
    expect(app()).toMatchObject({ env: [{ name: 'A', value: '1' }], resources: { limits: { cpu: '1' } } });
    expect(Object.isFrozen(limits), "the caller's objects are not frozen by injection").toBe(false);
    expect(Object.isFrozen(env[0])).toBe(false);
    limits.cpu = '2';
    env[0]!.value = '2';
    expect(app()).toMatchObject({ env: [{ name: 'A', value: '2' }], resources: { limits: { cpu: '2' } } });
  });
});
