// Writes docs/rules.md from the lint rules' metadata (`node scripts/gen-rules-doc.mjs`), or with
// --check exits 1 when the file is out of date. The TypeScript sources are bundled in memory.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const out = await build({
  stdin: {
    contents: "export { RULES } from './src/lint/registry.ts';\nexport { renderRulesDoc } from './src/lint/rules-doc.ts';\n",
    resolveDir: process.cwd(),
    loader: 'ts',
    sourcefile: 'gen-rules-doc-entry.ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);" },
});
const dir = mkdtempSync(join(tmpdir(), 'kube-inject-rules-doc-'));
let text;
try {
  const file = join(dir, 'entry.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  const { RULES, renderRulesDoc } = await import(pathToFileURL(file).href);
  text = renderRulesDoc(RULES.map((r) => r.meta));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const target = 'docs/rules.md';
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== text) {
    console.error(`${target} is out of date; run: node scripts/gen-rules-doc.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
