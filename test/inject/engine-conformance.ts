/**
 * Conformance of the engine itself (no CLI): every case of `test/data/istio/inject/`,
 * run through `prepareInjector(...).inject` with Istio's test values and mesh config and one
 * template source (`engine.test.ts`: ours; `test/istio-templates/`: Istio's).
 * Each workload's pod template is injected and put back; the documents are compared with
 * Istio's golden under the README's rules (`test/helpers/normalize.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateWorkloads } from '../../src/locate/workloads.js';
import { KubeInjectError } from '../../src/model/errors.js';
import { getAt, joinPointer, setAt } from '../../src/model/pointer.js';
import { planInjectCases, type ErrorCase, type GoldenCase } from '../conformance/cases.js';
import { contentDocuments, fixIstioCronJob, normalizeManifest, parseManifests } from '../helpers/normalize.js';
import { locateConformanceData, missingDataMessage } from '../helpers/shared.js';
import { istioSetup, type IstioSetup, type TemplateSource } from './engine-setup.js';
import type { Injector } from '../../src/inject/index.js';


/** Pod templates of a document, by pointer (a bare Pod: its metadata and spec). */
function podTemplates(doc: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const w of locateWorkloads(doc)) {
    const t = getAt(doc, w.podTemplatePointer) as Record<string, unknown>;
    out.set(w.podTemplatePointer, { metadata: t.metadata, spec: t.spec });
  }
  return out;
}

/** The document with every pod template blanked out. */
function outsideTemplates(doc: unknown): unknown {
  let v = doc;
  for (const w of locateWorkloads(doc)) {
    v = setAt(v, w.podTemplatePointer + '/metadata', null);
    v = setAt(v, w.podTemplatePointer + '/spec', null);
  }
  return v;
}

/**
 * Re-injection strips what the status annotation lists and re-renders; Istio then skips its
 * custom-container overrides for every container the status lists, so a second injection of
 * these outputs loses what the first kept (it is not an idempotency Istio has).
 */
const NOT_IDEMPOTENT_IN_ISTIO: Record<string, string> = {
  'merge-probers.yaml.injected':
    'the input lists istio-proxy as a container, the native template makes it an init container: the first injection keeps the old proxy as a custom container, the second one renders it afresh',
  'multiple-templates.yaml.injected': 'the custom istio-proxy (image foo/bar) is listed in the status after the first injection, so the second one overrides it',
  'proxy-override.yaml.injected': 'the custom istio-init and istio-proxy are listed in the status after the first injection, so the second one overrides them',
};

interface Outcome {
  docs: unknown[];
  skipped: string[];
}

/** Injects every workload of every document, the way the CLI will. */
function injectStream(injector: Injector, docs: readonly unknown[]): Outcome {
  const skipped: string[] = [];
  const out = docs.map((doc) => {
    let value = doc;
    for (const w of locateWorkloads(doc)) {
      const podTemplate = getAt(value, w.podTemplatePointer) as { metadata?: object; spec: object };
      const r = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
      if (r.outcome === 'skipped') skipped.push(`${w.label}: ${r.reason}`);
      else value = setAt(value, w.podTemplatePointer, r.podTemplate);
    }
    return value;
  });
  return { docs: out, skipped };
}

/** The engine's conformance tests, with the templates of `source`. */
export function engineConformance(source: TemplateSource): void {
  const loc = locateConformanceData();
  it('has the Istio test data', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const setup: IstioSetup = istioSetup(loc.dir, source);
  const plan = planInjectCases(setup.injectDir);
  const read = (file: string): unknown[] => {
    const path = join(setup.injectDir, file);
    return contentDocuments(parseManifests(readFileSync(path, 'utf8'), path));
  };

  describe(`engine with ${source} templates`, () => {
    it('has a consistent case list', () => {
      expect(plan.problems).toEqual([]);
      expect(plan.unusedGoldens).toEqual([]);
    });
    for (const c of plan.cases) {
      if (c.kind === 'golden') goldenTest(c);
      else errorTest(c);
    }
  });

  function goldenTest(c: GoldenCase): void {
    it(`${c.id}`, () => {
      const input = read(c.input);
      const before = JSON.stringify(input);
      const { docs, skipped } = injectStream(setup.injectorFor(c), input);
      expect(JSON.stringify(input), 'the input must not be modified').toBe(before);
      const golden = read(c.golden).map((d, i) => fixIstioCronJob(d, input[i]));
      expect(docs.length, 'number of documents').toBe(golden.length);
      docs.forEach((doc, i) => {
        // Each pod template as Istio wrote it (the engine's whole output).
        const want = podTemplates(golden[i]);
        const got = podTemplates(doc);
        expect([...got.keys()], `document ${i}: pod templates`).toEqual([...want.keys()]);
        for (const [ptr, tpl] of got) {
          expect(normalizeManifest(tpl), `${c.id}: document ${i}, pod template at ${ptr || '/'} (- golden, + engine)`).toEqual(normalizeManifest(want.get(ptr)));
        }
        // Outside the pod templates the engine changes nothing. (Istio's output also differs
        // there, by its Go round trip of the workload: zero-valued status fields, dropped or
        // added zero fields of the workload spec. That is the writer's business, not the engine's.)
        expect(outsideTemplates(doc), `document ${i}: outside the pod templates`).toEqual(outsideTemplates(input[i]));
      });
      if (c.warning) expect(skipped.join('\n')).toContain(c.warning);
    });
    const reason = NOT_IDEMPOTENT_IN_ISTIO[c.golden];
    it(`${c.id}: injecting the output again ${reason ? 'changes it, as in Istio' : 'changes nothing'}`, () => {
      const injector = setup.injectorFor(c);
      const once = injectStream(injector, read(c.input)).docs;
      const twice = injectStream(injector, once).docs.map(normalizeManifest);
      const want = once.map(normalizeManifest);
      if (reason) expect(twice, reason).not.toEqual(want);
      else twice.forEach((doc, i) => expect(doc, `document ${i}`).toEqual(want[i]));
    });
  }

  function errorTest(c: ErrorCase): void {
    it(`${c.id}`, () => {
      const input = read(c.input);
      let error: unknown;
      try {
        injectStream(setup.injectorFor(c), input);
      } catch (e) {
        error = e;
      }
      expect(error, 'injection must fail').toBeInstanceOf(KubeInjectError);
      const e = error as KubeInjectError;
      expect(e.code).toBe('annotation');
      expect(e.message).toContain(c.annotation);
      expect(e.position.pointer).toBe(joinPointer('/metadata/annotations', c.annotation));
    });
  }
}
