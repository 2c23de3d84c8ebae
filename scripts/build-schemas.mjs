#!/usr/bin/env node
// Compiles every src/schemas/*.schema.json to standalone Ajv validation code, at build time, into ONE ES
// module generated/validators.js (+ generated/validators.d.ts). Nothing is compiled at run time.
//
//   node scripts/build-schemas.mjs
//
// Exports: one validate function per schema file, named from the file (mesh-config.schema.json ->
// validateMeshConfig), and `propertyIndex`, a compact graph of the object shapes of every schema
// (known property names per object, for "did you mean" hints). The module imports nothing but
// ajv/dist/runtime/* helpers (CommonJS; imported here in a way that works both under Node ESM and
// when bundled by esbuild).
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = join(root, 'src', 'schemas');
const outDir = join(root, 'generated');
const ID_BASE = 'https://kube-inject.invalid/schemas/';

const files = readdirSync(srcDir).filter((f) => f.endsWith('.schema.json')).sort();
if (files.length === 0) throw new Error(`no *.schema.json in ${srcDir}`);

const exportName = (file) =>
  'validate' + file.replace(/\.schema\.json$/, '').split(/[^A-Za-z0-9]+/).filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1)).join('');

const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true } });
const schemas = new Map(); // $id -> schema
const exportsMap = {};
for (const file of files) {
  const schema = JSON.parse(readFileSync(join(srcDir, file), 'utf8'));
  const id = schema.$id ?? `${ID_BASE}${file}`;
  if (schema.$id && schema.$id !== `${ID_BASE}${file}`) {
    console.warn(`warning: ${file} has $id ${schema.$id}; cross-file refs expect ${ID_BASE}${file}`);
  }
  schema.$id = id;
  schemas.set(id, schema);
  ajv.addSchema(schema);
  exportsMap[exportName(file)] = id;
}
for (const [name, id] of Object.entries(exportsMap)) {
  if (!ajv.getSchema(id)) throw new Error(`schema ${id} (${name}) failed to compile`);
}

let code = standaloneCode(ajv, exportsMap);

// Ajv's standalone output still uses require() for its runtime helpers, even with esm: true.
// Turn each into a static import. The helpers are CommonJS modules exporting `default`; Node's ESM
// loader hands us module.exports ({ default: fn }), a Babel-style interop hands us fn itself.
const runtimeImports = new Map();
code = code.replace(/require\("(ajv\/dist\/runtime\/[A-Za-z0-9_]+)"\)(\.default)?/g, (_m, spec) => {
  const local = `__ajvRuntime_${spec.split('/').pop()}`;
  runtimeImports.set(local, `${spec}.js`);
  return `(${local}.default ?? ${local})`;
});
if (/\brequire\s*\(/.test(code)) throw new Error('generated validators still contain require()');
const header = [...runtimeImports].map(([local, spec]) => `import ${local} from ${JSON.stringify(spec)};`).join('\n');
code = code.replace(/^"use strict";/, '');

// ---------- property index: object shapes reachable from each root ----------
// node: { p?: { name: node }, c?: 1 (closed: additionalProperties false), a?: node (map values), i?: node (items) }
const nodes = [];
const nodeIds = new Map(); // "absId#pointer" -> index
function resolveRef(ref, baseId) {
  const url = new URL(ref, baseId);
  const frag = decodeURIComponent(url.hash.replace(/^#/, ''));
  url.hash = '';
  const doc = schemas.get(url.href);
  if (!doc) throw new Error(`unresolved $ref ${ref} from ${baseId}`);
  let s = doc;
  for (const seg of frag.split('/').slice(1)) s = s[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (s === undefined) throw new Error(`unresolved $ref ${ref} from ${baseId}`);
  return { schema: s, baseId: url.href, key: `${url.href}#${frag}` };
}
function visit(schema, baseId, key) {
  let hops = 0;
  while (schema && typeof schema === 'object' && typeof schema.$ref === 'string') {
    ({ schema, baseId, key } = resolveRef(schema.$ref, baseId));
    if (++hops > 50) throw new Error(`$ref loop at ${key}`);
  }
  if (!schema || typeof schema !== 'object') return -1;
  const hasProps = schema.properties && typeof schema.properties === 'object';
  const addl = schema.additionalProperties;
  const items = schema.items;
  if (!hasProps && !(addl && typeof addl === 'object') && !(items && typeof items === 'object') && addl !== false) return -1;
  if (nodeIds.has(key)) return nodeIds.get(key);
  const idx = nodes.length;
  const node = {};
  nodes.push(node);
  nodeIds.set(key, idx);
  if (hasProps) {
    node.p = {};
    for (const [name, sub] of Object.entries(schema.properties)) {
      node.p[name] = visit(sub, baseId, `${key}/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  }
  if (addl === false) node.c = 1;
  if (addl && typeof addl === 'object') {
    const a = visit(addl, baseId, `${key}/additionalProperties`);
    if (a >= 0) node.a = a;
  }
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    const i = visit(items, baseId, `${key}/items`);
    if (i >= 0) node.i = i;
  }
  return idx;
}
const roots = {};
for (const [name, id] of Object.entries(exportsMap)) roots[name] = visit(schemas.get(id), id, `${id}#`);
const propertyIndex = { roots, nodes };

mkdirSync(outDir, { recursive: true });
const js = `// Generated by scripts/build-schemas.mjs from src/schemas/*.schema.json. Do not edit.
${header}
${code}
export const propertyIndex = ${JSON.stringify(propertyIndex)};
`;
writeFileSync(join(outDir, 'validators.js'), js);

const dts = `// Generated by scripts/build-schemas.mjs. Do not edit.
/** The shape of an Ajv validation error (declared here so this file does not import ajv). */
export interface ValidationError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, any>;
  propertyName?: string;
  message?: string;
  schema?: unknown;
  parentSchema?: object;
  data?: unknown;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}
${Object.entries(exportsMap).map(([name, id]) => `/** Validates against ${id.slice(ID_BASE.length)}. */\nexport declare const ${name}: Validator;`).join('\n')}
/** An object shape: known properties (name -> node index, -1 for leaves), closed flag, map-value node, item node. */
export interface PropertyNode {
  p?: Record<string, number>;
  c?: 1;
  a?: number;
  i?: number;
}
export declare const propertyIndex: {
  roots: Record<${Object.keys(exportsMap).map((n) => JSON.stringify(n)).join(' | ')}, number>;
  nodes: PropertyNode[];
};
`;
writeFileSync(join(outDir, 'validators.d.ts'), dts);

// ---------- self-checks: only ajv runtime imports; loads under Node ESM ----------
const importSpecs = [...js.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
const bad = importSpecs.filter((s) => !/^ajv\/dist\/runtime\/[A-Za-z0-9_]+\.js$/.test(s));
if (bad.length) throw new Error(`generated/validators.js imports more than ajv runtime helpers: ${bad.join(', ')}`);
const mod = await import(`${pathToFileURL(join(outDir, 'validators.js')).href}?t=${Date.now()}`);
for (const name of Object.keys(exportsMap)) {
  if (typeof mod[name] !== 'function') throw new Error(`generated module lacks ${name}`);
}
if (mod.validateValues && mod.validateValues({ global: { proxy: { statusPort: 'abc' } } }) !== false) {
  throw new Error('self-check: validateValues accepted statusPort "abc"');
}
// Silent when imported by build.mjs: `npm pack` and pre-commit read npm's stdout.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(`generated/validators.js: ${Object.keys(exportsMap).join(', ')} (${(js.length / 1024).toFixed(0)} KiB; runtime imports: ${importSpecs.join(', ') || 'none'})`);
