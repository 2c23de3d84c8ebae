/**
 * `injectUnfinished` + `finishPodTemplate` is `inject` (src/inject/engine.ts), also when the last
 * step is taken on copies, as the main thread takes it on what a worker sent (src/parallel/):
 * every workload of every input of the conformance folder, and of a generated stream, compared
 * as JSON text, so key order counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.mjs';
import { loadInjectorConfig } from '../../src/config/load-injection.js';
import { finishPodTemplate, prepareInjector } from '../../src/inject/index.js';
import { locateWorkloads } from '../../src/locate/workloads.js';
import { getAt } from '../../src/model/pointer.js';
import { splitStream } from '../../src/read/split.js';
import { REPO_ROOT } from '../helpers/shared.js';

const INJECT_DIR = join(REPO_ROOT, 'test', 'data', 'istio', 'inject');

const sources = [
  ...readdirSync(INJECT_DIR)
    .filter((f) => f.endsWith('.yaml') && !f.includes('.iop.') && !f.includes('mesh') && !f.includes('values'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(INJECT_DIR, f), 'utf8') })),
  { name: 'generated.yaml', text: generateStream(80) },
];

describe('the last step of injection, taken apart', () => {
  it('gives what inject gives, on copies too', async () => {
    const injector = prepareInjector(await loadInjectorConfig({}, {}));
    let compared = 0;
    for (const source of sources) {
      let docs;
      try {
        docs = splitStream(source);
      } catch {
        continue; // the suite's unreadable inputs
      }
      for (const doc of docs) {
        let workloads;
        try {
          workloads = locateWorkloads(doc.value);
        } catch {
          continue;
        }
        for (const w of workloads) {
          const podTemplate = getAt(doc.value, w.podTemplatePointer) as { metadata?: object; spec: object };
          const req = { kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate };
          let whole;
          try {
            whole = injector.inject(req);
          } catch {
            continue; // a bad annotation: both ways throw before the last step
          }
          const apart = injector.injectUnfinished(req);
          expect(apart.outcome, `${source.name} ${w.label}`).toBe(whole.outcome);
          if (whole.outcome !== 'injected' || apart.outcome !== 'injected') continue;
          const here = finishPodTemplate(podTemplate, apart.podTemplate);
          const elsewhere = finishPodTemplate(structuredClone(podTemplate), structuredClone(apart.podTemplate));
          expect(JSON.stringify(here), `${source.name} ${w.label}`).toBe(JSON.stringify(whole.podTemplate));
          expect(JSON.stringify(elsewhere), `${source.name} ${w.label}, on copies`).toBe(JSON.stringify(whole.podTemplate));
          expect(apart.warnings).toEqual(whole.warnings);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
