/**
 * What a changed document keeps of its author's text, measured (measure.ts) on the issue's
 * example (fixtures/commented/storefront.yaml) and every fixture, for the edit writer and, beside
 * it, for the re-serialiser it replaces. The table is printed; the goals are asserted: every
 * comment line kept in order, quoting and flow styles kept, and at least 97% of the author's other
 * lines verbatim (lines holding a value that injection changes aside).
 *
 *   npx vitest run test/emit/text-edit/text-kept.test.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInjectorConfig } from '../../../src/config/load-injection.js';
import { editDocument } from '../../../src/emit/text-edit/index.js';
import { reserialise } from '../../../src/emit/yaml-text.js';
import { injectDocuments, namespacesIn } from '../../../src/inject/documents.js';
import { prepareInjector } from '../../../src/inject/index.js';
import { documentText } from '../../../src/model/document.js';
import { makeSource } from '../../../src/read/sources.js';
import { splitStream } from '../../../src/read/split.js';
import { REPO_ROOT } from '../../helpers/shared.js';
import { addKept, emptyKept, measureKept, percent, type TextKept } from './measure.js';

/** Every fixture: fixtures/*.yaml and fixtures/commented/*.yaml (the issue's example among them). */
function fixtures(): string[] {
  const dir = join(REPO_ROOT, 'fixtures');
  const files: string[] = [];
  for (const sub of ['', 'commented']) {
    for (const name of readdirSync(join(dir, sub)).sort()) if (/\.ya?ml$/.test(name)) files.push(join('fixtures', sub, name));
  }
  return files;
}

interface Measured {
  file: string;
  changed: number;
  edit: TextKept;
  reserialised: TextKept;
  whole: string[];
  fallbacks: string[];
}

async function measureFile(file: string, nativeSidecars: boolean): Promise<Measured> {
  const injector = prepareInjector(await loadInjectorConfig({ nativeSidecars }, {}));
  const docs = splitStream(makeSource(file, readFileSync(join(REPO_ROOT, file), 'utf8')));
  const namespaces = namespacesIn(docs);
  // Document by document: fixtures/mistakes.yaml has documents injection refuses (the CLI then
  // writes nothing); the others are measured.
  const output = docs.flatMap((doc) => {
    try {
      const run = injectDocuments([doc], injector, { namespaces });
      return run.errors.length === 0 ? run.output : [];
    } catch {
      return [];
    }
  });
  const m: Measured = { file, changed: 0, edit: emptyKept(), reserialised: emptyKept(), whole: [], fallbacks: [] };
  for (const item of output) {
    if (!('value' in item)) continue;
    m.changed++;
    const input = documentText(item.doc);
    const edited = editDocument(item.doc, item.value);
    if (edited.text === null) m.whole.push(`document ${item.doc.index}: ${edited.reason}`);
    m.fallbacks.push(...edited.fallbacks);
    addKept(m.edit, measureKept(input, edited.text ?? reserialise(item.doc, item.value)));
    addKept(m.reserialised, measureKept(input, reserialise(item.doc, item.value)));
  }
  return m;
}

function row(m: Measured, writer: 'edit' | 'reserialised', mode: string): string {
  const k = m[writer];
  return `| ${m.file} (${mode}) | ${writer === 'edit' ? 'edit writer' : 're-serialiser'} | ${m.changed} | ${percent(k.comments)} | ${percent(k.quoted)} | ${percent(k.flow)} | ${percent(k.linesKept)} | ${percent(k.lines)} |`;
}

describe("the author's text in changed documents", () => {
  for (const native of [false, true]) {
    const mode = native ? 'native' : 'classic';
    it(`every fixture keeps its comments, quoting, flow styles and ≥ 97% of its other lines — ${mode} sidecars`, async () => {
      const table = ['| input | writer | changed docs | comments kept in order | quoted kept | flow kept | other lines verbatim (changed values aside) | all other lines verbatim |', '|---|---|---|---|---|---|---|---|'];
      const total = emptyKept();
      for (const file of fixtures()) {
        const m = await measureFile(file, native);
        table.push(row(m, 'edit', mode), row(m, 'reserialised', mode));
        expect(m.changed, `${file}: documents injection changed`).toBeGreaterThan(0);
        expect(m.whole, `${file}: documents re-serialised whole`).toEqual([]);
        expect(m.fallbacks, `${file}: nodes replaced whole`).toEqual([]);
        const k = m.edit;
        expect(k.comments.kept, `${file}: comments kept in order`).toBe(k.comments.total);
        expect(k.quoted.kept, `${file}: quoted scalars kept quoted`).toBe(k.quoted.total);
        expect(k.flow.kept, `${file}: flow collections kept flow`).toBe(k.flow.total);
        expect(k.linesKept.kept / k.linesKept.total, `${file}: other lines verbatim`).toBeGreaterThanOrEqual(0.97);
        addKept(total, k);
      }
      console.log(table.join('\n'));
      // The measure has teeth: the fixtures hold comments, quotes and flow collections, and the
      // re-serialiser loses them (measured in the rows beside).
      expect(total.comments.total).toBeGreaterThan(20);
      expect(total.quoted.total).toBeGreaterThan(5);
      expect(total.flow.total).toBeGreaterThan(5);
    });
  }
});
