/**
 * The oracle of the edit writer: for a changed document, the edited text must read back (with the
 * tests' own reader, test/helpers/normalize.ts) as exactly what the re-serialiser's text reads
 * back as: the same values, the same key order. Shared by the oracle tests and the measurement.
 */
import { expect } from 'vitest';
import type { OutputDocument } from '../../../src/model/document.js';
import { editDocument } from '../../../src/emit/text-edit/index.js';
import { reserialise } from '../../../src/emit/yaml-text.js';
import { contentDocuments, parseManifests } from '../../helpers/normalize.js';

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Where two values first differ (key order included), or null. */
export function firstDifference(want: unknown, got: unknown, path = ''): string | null {
  if (Object.is(want, got)) return null;
  if (Array.isArray(want) && Array.isArray(got)) {
    if (want.length !== got.length) return `${path || '/'}: ${want.length} items expected, ${got.length} edited`;
    for (let i = 0; i < want.length; i++) {
      const d = firstDifference(want[i], got[i], `${path}/${i}`);
      if (d !== null) return d;
    }
    return null;
  }
  if (isObj(want) && isObj(got)) {
    const kw = Object.keys(want);
    const kg = Object.keys(got);
    if (kw.join('\u0000') !== kg.join('\u0000')) return `${path || '/'}: keys expected ${JSON.stringify(kw)}, edited ${JSON.stringify(kg)}`;
    for (const k of kw) {
      const d = firstDifference(want[k], got[k], `${path}/${k}`);
      if (d !== null) return d;
    }
    return null;
  }
  return `${path || '/'}: expected ${JSON.stringify(want)}, edited ${JSON.stringify(got)}`;
}

export interface OracleTally {
  /** Changed documents edited in place. */
  edited: number;
  /** Changed documents re-serialised whole, with why. */
  whole: string[];
  /** Nodes replaced whole inside edited documents, with why. */
  fallbacks: string[];
}

export function newTally(): OracleTally {
  return { edited: 0, whole: [], fallbacks: [] };
}

/** Checks every changed document of `outputs` against the oracle; counts into `tally`. */
export function checkOutputs(outputs: readonly OutputDocument[], label: string, tally: OracleTally = newTally()): OracleTally {
  for (const item of outputs) {
    if (!('value' in item)) continue;
    const { doc, value } = item;
    const where = `${label}, document ${doc.index} of ${doc.source.name}`;
    const reference = reserialise(doc, value);
    const want = contentDocuments(parseManifests(reference, 'reference'));
    const edited = editDocument(doc, value);
    if (edited.text === null) {
      tally.whole.push(`${where}: ${edited.reason}`);
      continue;
    }
    tally.edited++;
    tally.fallbacks.push(...edited.fallbacks.map((f) => `${where}: ${f}`));
    let got: unknown[];
    try {
      got = contentDocuments(parseManifests(edited.text, 'edited'));
    } catch (e) {
      throw new Error(`${where}: the edited text is not YAML: ${(e as Error).message}\n--- input:\n${doc.source.text.slice(doc.start, doc.end)}\n--- edited:\n${edited.text}`);
    }
    const diff = got.length === 1 && want.length === 1 ? firstDifference(want[0], got[0]) : `${want.length} document(s) expected, ${got.length} edited`;
    expect(diff, `${where}: the edited text reads back differently from the re-serialised one\n--- input:\n${doc.source.text.slice(doc.start, doc.end)}\n--- edited:\n${edited.text}\n--- re-serialised:\n${reference}`).toBeNull();
  }
  return tally;
}
