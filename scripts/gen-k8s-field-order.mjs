#!/usr/bin/env node
// Generates src/inject/k8s-field-order.json: the JSON field order of the Kubernetes Go structs a
// pod template is made of (k8s.io/api core/v1 from PodTemplateSpec down, with metav1.ObjectMeta),
// which is the order Go's encoding/json — and so Istio's injector — writes their fields in.
// src/inject/go-field-order.ts orders the keys that injection adds by it.
//
// Run by hand (the output is committed; neither the build nor the tests need the Go sources):
//
//   node scripts/gen-k8s-field-order.mjs [--compare v0.36.1]
//       [--api-git-dir /work/.mirror/kubernetes+api/repo] [--api-rev HEAD]
//       [--meta-git-dir /work/.mirror/kubernetes+apimachinery/repo] [--meta-rev HEAD]
//       [--out src/inject/k8s-field-order.json]
//
// The Go text is read with `git show <rev>:core/v1/types.go` and `git show
// <rev>:pkg/apis/meta/v1/types.go` from bare clones of kubernetes/api and kubernetes/apimachinery
// (`fetch` puts them under /work/.mirror); nothing of it is copied into the project.
// `--compare <tag>` also builds the table at that tag of both repositories (e.g. the k8s.io/api
// version in Istio's go.mod at the commit the conformance goldens were made with) and reports
// the differences; it exits 1 when the two order common fields differently (new fields alone are
// harmless: injection only orders the fields it writes).
//
// Output: { "root": "PodTemplateSpec", "source": {...}, "types": { "<Type>": { "<jsonField>": V, ... } } }
// with the fields of each type in Go order (embedded structs with an empty JSON name inlined at
// their position, as encoding/json does) and V, the type of the field's value:
//   null          a scalar, or a list or map of scalars (free-form: `labels`, `nodeSelector`, quantities);
//   "T"           a struct T (pointer or not), or a list of T whose elements match by index;
//   "T:key"       a list of T whose elements match by the field's `patchMergeKey`, `key`.
// Only types reachable from the root are written. Types that marshal themselves as a scalar
// (metav1.Time, FieldsV1 …) and types of other packages (resource.Quantity, intstr.IntOrString)
// are scalars. A map whose values are structs is not expected in a pod; the script stops if one
// appears (extend the format then).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
function arg(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiGitDir = arg('--api-git-dir', '/work/.mirror/kubernetes+api/repo');
const apiRev = arg('--api-rev', 'HEAD');
const metaGitDir = arg('--meta-git-dir', '/work/.mirror/kubernetes+apimachinery/repo');
const metaRev = arg('--meta-rev', 'HEAD');
const compareRev = arg('--compare', undefined);
const out = arg('--out', join(root, 'src', 'inject', 'k8s-field-order.json'));
const ROOT_TYPE = 'PodTemplateSpec';

/** Types that implement their own JSON (un)marshalling as a scalar. */
const OPAQUE = new Set(['meta.Time', 'meta.MicroTime', 'meta.Duration', 'meta.FieldsV1']);
/** Import alias → package key, for the packages parsed here. */
const PACKAGES = { metav1: 'meta' };

function git(gitDir, ...rest) {
  return execFileSync('git', ['--git-dir', gitDir, ...rest], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Go source with comments blanked out (string and raw-string literals kept). */
function stripComments(src) {
  let outText = '';
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      outText += src.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '`' || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += c === '"' && src[j] === '\\' ? 2 : 1;
      outText += src.slice(i, j + 1);
      i = j + 1;
    } else {
      outText += c;
      i++;
    }
  }
  return outText;
}

/**
 * The type declarations of one Go file: struct types with their fields, and other named types
 * with their underlying type expression. Keys are `<pkg>.<Name>`.
 */
function parseGo(src, pkg, into) {
  const text = stripComments(src);
  const decl = /^type\s+([A-Za-z_]\w*)\s*(=\s*)?(struct\s*\{|[^\n]+)/gm;
  for (let m; (m = decl.exec(text)); ) {
    const name = `${pkg}.${m[1]}`;
    if (!m[3].startsWith('struct')) {
      into.set(name, { kind: 'named', pkg, expr: m[3].trim() });
      continue;
    }
    let depth = 1;
    let i = decl.lastIndex;
    const start = i;
    for (; i < text.length && depth > 0; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      else if (text[i] === '`') i = text.indexOf('`', i + 1);
    }
    const body = text.slice(start, i - 1);
    into.set(name, { kind: 'struct', pkg, fields: parseFields(body, name) });
    decl.lastIndex = i;
  }
}

function parseFields(body, owner) {
  const fields = [];
  for (const raw of body.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^(?:([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s+)?([^`\s][^`]*?)\s*(?:`([^`]*)`)?$/.exec(line);
    if (!m) throw new Error(`${owner}: cannot read the field line ${JSON.stringify(line)}`);
    const [, names, type, tag = ''] = m;
    if (/\bstruct\s*\{/.test(type)) throw new Error(`${owner}: nested struct types are not supported: ${line}`);
    const json = /(?:^|\s)json:"([^"]*)"/.exec(tag)?.[1];
    const mergeKey = /(?:^|\s)patchMergeKey:"([^"]*)"/.exec(tag)?.[1];
    const [jsonName = undefined, ...opts] = json === undefined ? [] : json.split(',');
    if (names === undefined) {
      // An embedded field: inlined unless its JSON tag names it.
      const typeName = type.replace(/^\*/, '');
      const goName = typeName.replace(/^.*\./, '');
      if (!/^[A-Z]/.test(goName) && !jsonName) continue;
      fields.push({ embedded: true, type, json: jsonName || undefined, mergeKey, opts });
      continue;
    }
    for (const goName of names.split(',').map((s) => s.trim())) {
      if (!/^[A-Z]/.test(goName) || jsonName === '-') continue;
      fields.push({ embedded: false, type, json: jsonName || goName, mergeKey, opts });
    }
  }
  return fields;
}

/** Resolves a Go type expression seen in package `pkg` to what its JSON value holds. */
function resolve(expr, pkg, decls, seen = new Set()) {
  expr = expr.trim();
  if (expr.startsWith('*')) return resolve(expr.slice(1), pkg, decls, seen);
  if (expr.startsWith('[]')) {
    if (expr === '[]byte') return { kind: 'scalar' };
    const elem = resolve(expr.slice(2), pkg, decls, seen);
    return elem.kind === 'list' ? elem.elem.kind === 'struct' ? elem : { kind: 'scalar' } : { kind: 'list', elem };
  }
  if (expr.startsWith('map[')) {
    let depth = 0;
    let i = 3;
    for (; i < expr.length; i++) {
      if (expr[i] === '[') depth++;
      else if (expr[i] === ']' && --depth === 0) break;
    }
    return { kind: 'map', value: resolve(expr.slice(i + 1), pkg, decls, seen) };
  }
  if (/^interface\s*\{\s*\}$/.test(expr) || expr === 'any') return { kind: 'scalar' };
  const q = /^(?:([a-z]\w*)\.)?([A-Za-z_]\w*)$/.exec(expr);
  if (!q) throw new Error(`cannot read the Go type ${JSON.stringify(expr)}`);
  const declPkg = q[1] === undefined ? pkg : PACKAGES[q[1]];
  if (declPkg === undefined) return { kind: 'scalar' }; // another package: resource.Quantity, intstr.IntOrString, types.UID …
  const key = `${declPkg}.${q[2]}`;
  const d = decls.get(key);
  if (!d || OPAQUE.has(key)) return { kind: 'scalar' }; // a builtin (string, int32 …) or self-marshalling
  if (d.kind === 'struct') return { kind: 'struct', key };
  if (seen.has(key)) throw new Error(`type cycle at ${key}`);
  return resolve(d.expr, d.pkg, decls, new Set([...seen, key]));
}

/** The JSON fields of a struct type in Go order, embedded structs inlined. */
function jsonFields(key, decls) {
  const d = decls.get(key);
  const outFields = [];
  for (const f of d.fields) {
    const r = resolve(f.type, d.pkg, decls);
    if (f.embedded && f.json === undefined) {
      if (r.kind !== 'struct') throw new Error(`${key}: cannot inline ${f.type}`);
      outFields.push(...jsonFields(r.key, decls));
    } else {
      outFields.push({ name: f.json, r, mergeKey: f.mergeKey });
    }
  }
  const names = new Set();
  for (const f of outFields) {
    if (names.has(f.name)) throw new Error(`${key}: two fields named ${JSON.stringify(f.name)}`);
    names.add(f.name);
  }
  return outFields;
}

/** `types` of the output for one pair of revisions. */
function buildTypes(aRev, mRev) {
  const decls = new Map();
  parseGo(git(apiGitDir, 'show', `${aRev}:core/v1/types.go`), 'core', decls);
  parseGo(git(metaGitDir, 'show', `${mRev}:pkg/apis/meta/v1/types.go`), 'meta', decls);
  const types = {};
  const owners = new Map();
  const queue = [`core.${ROOT_TYPE}`];
  while (queue.length > 0) {
    const key = queue.shift();
    const short = key.slice(key.indexOf('.') + 1);
    if (owners.has(short)) {
      if (owners.get(short) !== key) throw new Error(`two types named ${short}: ${owners.get(short)} and ${key}`);
      continue;
    }
    owners.set(short, key);
    const entry = {};
    for (const f of jsonFields(key, decls)) {
      let r = f.r;
      if (r.kind === 'map') {
        if (r.value.kind !== 'scalar') throw new Error(`${key}.${f.name}: a map of ${r.value.kind}s; extend the format`);
        entry[f.name] = null;
        continue;
      }
      const list = r.kind === 'list';
      if (list) r = r.elem;
      if (r.kind === 'map') throw new Error(`${key}.${f.name}: a list of maps; extend the format`);
      if (r.kind !== 'struct') {
        entry[f.name] = null;
        continue;
      }
      const name = r.key.slice(r.key.indexOf('.') + 1);
      entry[f.name] = list && f.mergeKey ? `${name}:${f.mergeKey}` : name;
      queue.push(r.key);
    }
    types[short] = entry;
  }
  return types;
}

/**
 * What changed between two tables: fields added or removed (harmless: injection only orders the
 * fields it writes) and fields whose relative order differs (would change the output).
 */
function compareTables(base, other) {
  const notes = [];
  let reordered = 0;
  for (const t of new Set([...Object.keys(base), ...Object.keys(other)])) {
    const x = base[t];
    const y = other[t];
    if (!x || !y) {
      notes.push(x ? `${t}: a type not at ${compareRev}` : `${t}: a type only at ${compareRev}`);
      continue;
    }
    const a = Object.keys(x).filter((k) => k in y);
    const b = Object.keys(y).filter((k) => k in x);
    const added = Object.keys(x).filter((k) => !(k in y));
    const removed = Object.keys(y).filter((k) => !(k in x));
    const retyped = a.filter((k) => x[k] !== y[k]);
    if (a.join() !== b.join()) {
      reordered++;
      notes.push(`${t}: FIELD ORDER DIFFERS: ${a.join(' ')} vs ${b.join(' ')}`);
    }
    if (added.length) notes.push(`${t}: fields not at ${compareRev}: ${added.join(' ')}`);
    if (removed.length) notes.push(`${t}: fields only at ${compareRev}: ${removed.join(' ')}`);
    if (retyped.length) notes.push(`${t}: value types differ: ${retyped.map((k) => `${k} ${x[k]} vs ${y[k]}`).join(', ')}`);
  }
  return { notes, reordered };
}

const types = buildTypes(apiRev, metaRev);
if (compareRev !== undefined) {
  const { notes, reordered } = compareTables(types, buildTypes(compareRev, compareRev));
  console.log(`compared with k8s.io/api and k8s.io/apimachinery ${compareRev}:`);
  for (const n of notes) console.log(`  ${n}`);
  console.log(reordered === 0 ? '  the order of the common fields is the same' : `  ${reordered} types order their common fields differently`);
  if (reordered > 0) process.exitCode = 1;
}

function describe(gitDir, rev) {
  const commit = git(gitDir, 'rev-parse', `${rev}^{commit}`).trim();
  return rev === commit ? commit : `${rev} (${commit})`;
}
const source = {
  'k8s.io/api': describe(apiGitDir, apiRev),
  'k8s.io/apimachinery': describe(metaGitDir, metaRev),
  generator: 'scripts/gen-k8s-field-order.mjs',
};
// One line per type: small diffs when Kubernetes adds a field.
const sorted = Object.keys(types).sort();
const text =
  `{\n  "root": ${JSON.stringify(ROOT_TYPE)},\n  "source": ${JSON.stringify(source)},\n  "types": {\n` +
  sorted.map((t) => `    ${JSON.stringify(t)}: ${JSON.stringify(types[t])}`).join(',\n') +
  '\n  }\n}\n';
JSON.parse(text);
writeFileSync(out, text);
console.log(`${out}: ${sorted.length} types from k8s.io/api ${source['k8s.io/api']}, k8s.io/apimachinery ${source['k8s.io/apimachinery']}`);
