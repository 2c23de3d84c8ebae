/**
 * The built-in templates' parse trees that the build writes into dist/templates/ (start-up reads
 * them instead of parsing the templates): each is taken by the loader's check (same text, same
 * functions) and is the tree the parser makes, numbers included; a changed text or function set
 * is refused, so a stale tree can never be used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTINS, deserializeTree, parseTree, serializeTree } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/index.js';
import { loadBuiltinTemplates, parseBuiltinYaml, readBuiltinFile, type ReadYamlFile } from '../../src/templates/index.js';
import { REPO_ROOT } from '../helpers/shared.js';

const funcs = injectionFunctions({ getEnv: () => undefined });
const NAMES = [...Object.keys(BUILTINS), ...Object.keys(funcs)];
const FILES: Record<string, string> = { sidecar: 'sidecar.tmpl', gateway: 'gateway.tmpl', 'grpc-simple': 'grpc-simple.tmpl', 'grpc-agent': 'grpc-agent.tmpl' };

describe('built-in template trees', () => {
  const templates = loadBuiltinTemplates();
  it('cover every built-in template', () => {
    expect(Object.keys(templates).sort()).toEqual(Object.keys(FILES).sort());
  });
  for (const [name, text] of Object.entries(templates)) {
    it(`${name}: the tree in dist/ is what the parser makes of the template`, () => {
      const json = readFileSync(join(REPO_ROOT, 'dist', 'templates', `${FILES[name]}.tree.json`), 'utf8');
      const tree = deserializeTree(json, text, NAMES);
      expect(tree, 'taken for this text and these functions').toBeDefined();
      expect(tree).toEqual(parseTree(name, text, funcs));
    });
  }
  it('a tree is refused for another text or other functions', () => {
    const text = '{{ .A | default 1 }} {{ 1.5 }} {{ -0.0 }}';
    const json = serializeTree(text, NAMES, parseTree('t', text, funcs));
    expect(deserializeTree(json, text, NAMES)).toEqual(parseTree('t', text, funcs));
    expect(deserializeTree(json, text + ' ', NAMES)).toBeUndefined();
    expect(deserializeTree(json, text, [...NAMES, 'another'])).toBeUndefined();
    expect(deserializeTree('{not json', text, NAMES)).toBeUndefined();
  });
});

describe('built-in YAML files as the build read them', () => {
  for (const file of ['injector.yaml', 'values.yaml', 'mesh.yaml']) {
    it(`${file}: dist/ holds its text and the value read from it`, () => {
      const read = JSON.parse(readFileSync(join(REPO_ROOT, 'dist', 'templates', `${file}.json`), 'utf8')) as ReadYamlFile;
      const text = readBuiltinFile(file);
      expect(read.text, 'the very text of the file (start-up uses the value only for it)').toBe(text);
      expect(read.value).toEqual(parseBuiltinYaml(text));
      expect(Object.keys(read.value as object).length).toBeGreaterThan(0);
    });
  }
});
