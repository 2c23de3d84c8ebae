/**
 * The edit writer against the re-serialiser (the oracle) over every golden case of Istio's
 * injection suite (test/data/istio/inject/), with each case's own settings: every changed
 * document's edited text reads back as exactly what the re-serialised text reads back as.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { injectDocuments, namespacesIn } from '../../../src/inject/documents.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { planInjectCases } from '../../conformance/cases.js';
import { locateConformanceData, missingDataMessage } from '../../helpers/shared.js';
import { istioSetup } from '../../inject/engine-setup.js';
import { checkOutputs, newTally } from './oracle.js';

const loc = locateConformanceData();

describe('edit writer = re-serialiser, over the conformance suite', () => {
  it('has the Istio test data', () => expect(loc.dir, missingDataMessage(loc)).not.toBeNull());
  if (loc.dir === null) return;
  const setup = istioSetup(loc.dir, 'built-in');
  const cases = planInjectCases(setup.injectDir).cases.filter((c) => c.kind === 'golden');
  const tally = newTally();

  for (const c of cases) {
    it(`${c.id}: the edited text reads back as the re-serialised one`, () => {
      const text = readFileSync(join(setup.injectDir, c.input), 'utf8');
      const docs = splitStream(makeSource(c.input, text));
      const run = injectDocuments(docs, setup.injectorFor(c), { namespaces: namespacesIn(docs) });
      expect(run.errors.map((e) => e.message)).toEqual([]);
      checkOutputs(run.output, c.id, tally);
    });
  }

  it('edits every changed document in place, with no node replaced whole', () => {
    expect(tally.edited, 'documents edited').toBeGreaterThan(cases.length / 2);
    expect(tally.whole, 'documents re-serialised whole').toEqual([]);
    expect(tally.fallbacks, 'nodes replaced whole').toEqual([]);
  });
});
