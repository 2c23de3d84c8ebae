// Writes the parse tree of every built-in template beside its file (`sidecar.tmpl.tree.json`),
// so that start-up does not parse 800 lines of template (src/gotemplate/tree.ts). Run by
// scripts/build.mjs (bundled with esbuild) on the templates it copied into dist/.
//
//   node <bundle> DIR     DIR holds injector.yaml and the template files
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { BUILTINS, parseTree, serializeTree } from '../src/gotemplate/index.js';
import { injectionFunctions } from '../src/render/index.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: template-trees DIR');
const injector = load(readFileSync(join(dir, 'injector.yaml'), 'utf8')) as { templates: Record<string, string> };
// The functions the engine parses templates with (src/config/load-injection.ts); `env` reads nothing here.
const funcs = injectionFunctions({ getEnv: () => undefined });
const names = [...Object.keys(BUILTINS), ...Object.keys(funcs)];
for (const [name, file] of Object.entries(injector.templates)) {
  const text = readFileSync(join(dir, file), 'utf8');
  writeFileSync(join(dir, `${file}.tree.json`), serializeTree(text, names, parseTree(name, text, funcs)));
}
