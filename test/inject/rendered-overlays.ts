/**
 * Every overlay the templates of one source render over the whole conformance suite (each case's
 * input, and its output injected again), read by the fast block-YAML reader and by js-yaml: where
 * the fast reader accepts, the values must be identical; where js-yaml fails, it must decline.
 * `rendered-overlays.test.ts` runs it for the built-in templates, `test/istio-templates/` for
 * Istio's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expect, it } from 'vitest';
import type { Template } from '../../src/gotemplate/index.js';
import { locateWorkloads } from '../../src/locate/workloads.js';
import { getAt, setAt } from '../../src/model/pointer.js';
import { indentFlowContinuations, loadRendered } from '../../src/render/rendered-yaml.js';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';
import { parseBlockYaml } from '../../src/read/block-yaml.js';
import { RenderedReuse } from '../../src/render/rendered-reuse.js';
import { planInjectCases } from '../conformance/cases.js';
import { checkAgainstJsYaml, firstDifference } from '../helpers/block-yaml-oracle.js';
import { contentDocuments, parseManifests } from '../helpers/normalize.js';
import { locateConformanceData, missingDataMessage } from '../helpers/shared.js';
import { istioSetup, type TemplateSource } from './engine-setup.js';
import type { Injector } from '../../src/inject/index.js';

/** Templates that pass every rendered text to `seen`. */
function watching(seen: (template: string, text: string) => void): (t: Template) => Template {
  return (t) => ({
    name: t.name,
    templateNames: () => t.templateNames(),
    has: (n) => t.has(n),
    execute: (data, entry) => {
      const text = t.execute(data, entry);
      seen(t.name, text);
      return text;
    },
  });
}

function injectAll(injector: Injector, docs: unknown[]): unknown[] {
  return docs.map((doc) => {
    let value = doc;
    for (const w of locateWorkloads(doc)) {
      const podTemplate = getAt(value, w.podTemplatePointer) as { metadata?: object; spec: object };
      const r = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
      if (r.outcome === 'injected') value = setAt(value, w.podTemplatePointer, r.podTemplate);
    }
    return value;
  });
}

export interface OverlayTally {
  /** Distinct rendered texts. */
  readonly texts: number;
  readonly accepted: number;
  /** Declined texts: the template, the reader's reason, and whether js-yaml (strict) rejects the text too. */
  readonly declined: ReadonlyArray<{ template: string; reason: string; jsYamlRejects: boolean }>;
}

/** Renders every overlay of the suite with `source`'s templates and checks each; `expectTally` judges the counts. */
export function renderedOverlayConformance(source: TemplateSource, expectTally: (t: OverlayTally) => void): void {
  const loc = locateConformanceData();
  it('has the Istio test data', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const dir = loc.dir;

  it(`every overlay the ${source} templates render in the conformance suite reads the same fast as with js-yaml`, () => {
    const texts = new Map<string, string>();
    const setup = istioSetup(dir, source, watching((template, text) => texts.set(text, template)));
    const plan = planInjectCases(setup.injectDir);
    const read = (file: string) => {
      const path = join(setup.injectDir, file);
      return contentDocuments(parseManifests(readFileSync(path, 'utf8'), path));
    };
    for (const c of plan.cases) {
      try {
        const once = injectAll(setup.injectorFor(c), read(c.input));
        injectAll(setup.injectorFor(c), once);
      } catch {
        // Error cases stop before rendering, or at a later step: what rendered is still checked.
      }
    }
    expect(texts.size, 'overlays rendered').toBeGreaterThan(plan.cases.length);
    const declined: Array<{ template: string; reason: string; jsYamlRejects: boolean }> = [];
    let accepted = 0;
    for (const [text, template] of texts) {
      const verdict = checkAgainstJsYaml(text);
      if (verdict.accepted) accepted++;
      else declined.push({ template, reason: verdict.reason, jsYamlRejects: rejects(text) });
      // And what the injector uses (fast path, or js-yaml with its lenient retry) is what it used before.
      const hint = {};
      let before: unknown;
      let beforeError: unknown;
      try {
        before = loadRenderedWithJsYamlOnly(text);
      } catch (e) {
        beforeError = e;
      }
      if (beforeError !== undefined) expect(() => loadRendered(text, hint)).toThrow();
      else expect(firstDifference(loadRendered(text, hint), before, '', true), text).toBeUndefined();
    }
    expectTally({ texts: texts.size, accepted, declined });
    checkReadingByDifference(texts);
  });
}

/**
 * The shortcut of `render/rendered-reuse.ts`, proven on the suite: every overlay is read by
 * difference from every other overlay of its template with as many lines (the only ones it may
 * be read from), and what it gives is what the full reader gives. Pairs it declines are counted,
 * and some must be taken, or the proof would prove nothing.
 */
function checkReadingByDifference(texts: ReadonlyMap<string, string>): void {
  const groups = new Map<string, string[]>();
  for (const [text, template] of texts) {
    const fast = parseBlockYaml(text, KUBE_SCHEMA);
    if (!fast.ok) continue;
    const key = `${template}\0${text.split('\n').length}`;
    groups.set(key, [...(groups.get(key) ?? []), text]);
  }
  let taken = 0;
  for (const group of groups.values()) {
    for (const seedText of group) {
      const reuse = new RenderedReuse(KUBE_SCHEMA);
      reuse.seed(seedText);
      for (const text of group) {
        const v = reuse.read(text);
        if (v === undefined) continue;
        taken++;
        const full = parseBlockYaml(text, KUBE_SCHEMA) as { value: unknown };
        const d = firstDifference(v, full.value, '', true);
        if (d) expect.fail(`read by difference from another overlay, ${d}:\n--- seed\n${seedText}\n--- text\n${text}`);
      }
    }
  }
  expect(taken, 'overlays read by difference').toBeGreaterThan(0);
}

function rejects(text: string): boolean {
  try {
    load(text, { schema: KUBE_SCHEMA });
    return false;
  } catch {
    return true;
  }
}

/** `loadRendered` as it was before the fast path: js-yaml, then its lenient retry. */
function loadRenderedWithJsYamlOnly(text: string): unknown {
  try {
    return load(text, { schema: KUBE_SCHEMA });
  } catch (e) {
    const fixed = indentFlowContinuations(text);
    if (fixed === text) throw e;
    return load(fixed, { schema: KUBE_SCHEMA });
  }
}
