/**
 * The edit writer against the re-serialiser (the oracle) over the property tests' generated
 * streams (test/properties/arbitraries.ts: comments between and after keys, JSON documents,
 * CRLF, block scalars with markers inside, Lists, CronJobs), injected with classic and native
 * sidecars, and injected again: every changed document's edited text reads back as exactly what
 * the re-serialised text reads back as.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeStream } from '../../../src/emit/manifests.js';
import { loadInjectorConfig } from '../../../src/config/load-injection.js';
import { injectDocuments, namespacesIn } from '../../../src/inject/documents.js';
import { prepareInjector, type Injector } from '../../../src/inject/index.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { manifestStream } from '../../properties/arbitraries.js';
import { RUNS } from '../../properties/support.js';
import { checkOutputs, newTally } from './oracle.js';

async function injector(nativeSidecars: boolean): Promise<Injector> {
  return prepareInjector(await loadInjectorConfig({ nativeSidecars }, {}));
}

describe('edit writer = re-serialiser, over generated streams', () => {
  for (const native of [false, true]) {
    it(`injected, and injected again — ${native ? 'native' : 'classic'} sidecars`, async () => {
      const inj = await injector(native);
      const tally = newTally();
      fc.assert(
        fc.property(manifestStream(), (s) => {
          const docs = splitStream(makeSource('generated.yaml', s.text));
          const once = injectDocuments(docs, inj, { namespaces: namespacesIn(docs) });
          expect(once.errors.map((e) => e.message)).toEqual([]);
          checkOutputs(once.output, 'first injection', tally);
          const again = splitStream(makeSource('injected.yaml', writeStream(once.output)));
          checkOutputs(injectDocuments(again, inj, { namespaces: namespacesIn(again) }).output, 'second injection', tally);
        }),
        { numRuns: RUNS },
      );
      expect(tally.edited, 'documents edited in place').toBeGreaterThan(0);
      expect(tally.whole, 'documents re-serialised whole').toEqual([]);
      expect(tally.fallbacks, 'nodes replaced whole').toEqual([]);
    });
  }
});
