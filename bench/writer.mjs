// Micro-benchmark of the writer of changed documents: the edit writer (src/emit/text-edit/),
// which edits each changed document's own text, against the re-serialiser it replaced (which
// writes the whole new value), on the injected documents of the generated stream of
// bench/generate.mjs. Both sides run in one process on the same documents, alternating, and each
// side's median is taken, so the ratio holds on a shared machine.
//
//   node bench/writer.mjs [--apps N] [--rounds R]      (defaults: 2,000 applications, 9 rounds)
//   SIDE='edit writer' node bench/writer.mjs --rounds 1  one side only, once (as in a real run: cold)
//
// It bundles the sources it needs with esbuild first (no dist/ needed).
import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { generateStream } from './generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const apps = option('--apps', 2000);
const rounds = option('--rounds', 9);

const dir = mkdtempSync(join(tmpdir(), 'kube-inject-writer-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const outfile = join(dir, 'writer.mjs');
await build({
  stdin: {
    contents: [
      "export { splitStream } from './src/read/split.ts';",
      "export { makeSource } from './src/read/sources.ts';",
      "export { loadInjectorConfig } from './src/config/load-injection.ts';",
      "export { prepareInjector } from './src/inject/index.ts';",
      "export { injectDocuments } from './src/inject/documents.ts';",
      "export { editDocument } from './src/emit/text-edit/index.ts';",
      "export { reserialise } from './src/emit/yaml-text.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  define: { __KUBE_INJECT_VERSION__: '"bench"' },
  logLevel: 'warning',
});
// The built-in templates are read at run time from beside the bundle, as from dist/.
cpSync(join(root, 'src', 'templates'), join(dir, 'templates'), { recursive: true });
const m = await import(pathToFileURL(outfile).href);

const text = generateStream(apps);
const injector = m.prepareInjector(await m.loadInjectorConfig({}, {}));
const docs = m.splitStream(m.makeSource('stream.yaml', text));
const changed = m.injectDocuments(docs, injector).output.filter((o) => 'value' in o);

const sides = {
  'edit writer': () => {
    let n = 0;
    for (const { doc, value } of changed) n += (m.editDocument(doc, value).text ?? m.reserialise(doc, value)).length;
    return n;
  },
  're-serialiser': () => {
    let n = 0;
    for (const { doc, value } of changed) n += m.reserialise(doc, value).length;
    return n;
  },
};
const times = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
const bytes = {};
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? Object.keys(sides) : Object.keys(sides).reverse();
  for (const k of order) {
    if (process.env.SIDE && process.env.SIDE !== k) continue;
    const t = performance.now();
    bytes[k] = sides[k]();
    times[k].push(performance.now() - t);
  }
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
console.log(`${changed.length} changed documents (${apps} applications), ${rounds} rounds, medians:`);
for (const k of Object.keys(sides)) if (times[k].length) console.log(`  ${k.padEnd(15)} ${median(times[k]).toFixed(1)} ms  (${(bytes[k] / 1e6).toFixed(1)} MB written)`);
if (times['edit writer'].length && times['re-serialiser'].length) console.log(`  ratio           ${(median(times['edit writer']) / median(times['re-serialiser'])).toFixed(2)}x`);
