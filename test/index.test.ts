import { describe, expect, it } from 'vitest';
import { injectDocuments, loadInjectorConfig, makeSource, prepareInjector, splitStream, stripInjection, writeStream } from '../src/index.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\nspec:\n  containers:\n  - name: app\n    image: app:1\n';

describe('the library API', () => {
  it('reads, injects and writes a stream with no process I/O, and strips what it injected', async () => {
    const injector = prepareInjector(await loadInjectorConfig({}, {}));
    const docs = splitStream(makeSource('pod.yaml', POD));
    const run = injectDocuments(docs, injector);
    expect(run.errors).toEqual([]);
    expect(run.outcomes.map((o) => o.outcome)).toEqual(['injected']);
    const out = writeStream(run.output);
    expect(out).toContain('name: istio-proxy');
    const injected = splitStream(makeSource('out.yaml', out))[0]!.value as { metadata: object; spec: object };
    const back = stripInjection(injected) as { spec: { containers: Array<{ name: string }> }; metadata: { annotations?: Record<string, string> } };
    expect(back.spec.containers.map((c) => c.name)).toEqual(['app']);
    expect(back.metadata.annotations?.['sidecar.istio.io/status']).toBeUndefined();
  });
});
