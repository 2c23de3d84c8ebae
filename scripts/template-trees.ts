// Writes the parse tree of every built-in template beside its file (`sidecar.tmpl.tree.json`),
// so that start-up does not parse 800 lines of template (src/gotemplate/tree.ts), and the value
// of every built-in YAML file (`values.yaml.json`), so that it does not parse those either. Run by
// scripts/build.mjs (bundled with esbuild) on the templates it copied into dist/.
//
//   node <bundle> DIR     DIR holds injector.yaml and the template files
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { load } from 'js-yaml';
import { BUILTINS, parseTree, serializeTree } from '../src/gotemplate/index.js';
import { injectionFunctions } from '../src/render/index.js';
import { parseBuiltinYaml } from '../src/templates/index.js';

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

// The built-in YAML files as read (`values.yaml.json` …), with the text they were read from:
// start-up takes the value only for that very text (src/templates/index.ts).
for (const file of ['injector.yaml', 'values.yaml', 'mesh.yaml']) {
  const text = readFileSync(join(dir, file), 'utf8');
  const value = parseBuiltinYaml(text);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) throw new Error(`${file}: its value is not JSON data; it cannot be written as read`);
  writeFileSync(join(dir, `${file}.json`), JSON.stringify({ text, value }));
}
