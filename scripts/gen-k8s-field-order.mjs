#!/usr/bin/env node
// Generates src/inject/go/k8s-field-order.json: the JSON shape of the Kubernetes Go structs a pod
// template is made of (k8s.io/api core/v1 from PodTemplateSpec down, with metav1.ObjectMeta):
// the order Go's encoding/json — and so Istio's injector — writes their fields in, and per field
// what its round trip through Go shows: `omitempty`/`omitzero`, pointer or not, quantities.
// src/inject/go/structs.ts reads it; go/field-order.ts orders the keys that injection adds by it;
// go/typed-json.ts drops what Go leaves out and writes Go's `json.Marshal` text by it.
//
// Run by hand (the output is committed; neither the build nor the tests need the Go sources):
//
//   node scripts/gen-k8s-field-order.mjs [--compare v0.36.1]
//       [--api-git-dir /work/.mirror/kubernetes+api/repo] [--api-rev <pinned commit>]
//       [--meta-git-dir /work/.mirror/kubernetes+apimachinery/repo] [--meta-rev <pinned commit>]
//       [--out src/inject/go/k8s-field-order.json]
//
// The revisions default to the pinned commits the committed table was made from (newer than
// v0.36.1 — see `--compare`), so running it again without flags writes the same bytes:
//   k8s.io/api           10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2
//   k8s.io/apimachinery  eed236ceee2c19c2753a3d93ac0631dc20750454
// Move both (and regenerate) on purpose, never by accident.
//
// The Go text is read with `git show <rev>:<file>` from bare clones of kubernetes/api and
// kubernetes/apimachinery (`fetch` puts them under /work/.mirror); nothing of it is copied into
// the project. Files read: core/v1/types.go (api); from apimachinery pkg/apis/meta/v1 types.go,
// time.go, micro_time.go, duration.go, fieldsv1_byte.go, helpers.go (metav1.Time … and their
// MarshalJSON), pkg/api/resource/quantity.go, pkg/util/intstr/intstr.go, pkg/types/uid.go
// (fieldsv1_byte.go may be missing: older revisions declare FieldsV1 in types.go). A type the
// table needs and none of them declares stops the script (add its file then).
// `--compare <tag>` also builds the table at that tag of both repositories (e.g. the k8s.io/api
// version in Istio's go.mod at the commit the conformance goldens were made with) and reports
// the differences; it exits 1 when the two order common fields differently (new fields alone are
// harmless: injection only orders the fields it writes).
//
// Output: { "root": "PodTemplateSpec", "source": {...}, "types": { "<Type>": { "<jsonField>": "V", ... } } }
// with the fields of each type in Go order (embedded structs with an empty JSON name inlined at
// their position, as encoding/json does) and V a string: flags, then the value's type.
//   flags  `?` the tag has omitempty, `~` it has omitzero, `*` the Go field is a pointer
//          (in this order; none of them: always written);
//   type   "s" "n" "b"  a scalar: a string, a number (any int, uint or float), a bool, or a named
//                  one of those (`Protocol`, `PullPolicy`, `types.UID` …: the kind it resolves
//                  to). The kind says what Go writes for the zero value ("", 0, false) of a field
//                  that is always written (no omitempty/omitzero, not a pointer);
//          ""      a list or map of scalars (free-form: `labels`, `nodeSelector`, `command`),
//                  []byte or interface{}: their zero (nil) is written `null`;
//          "q"     a resource.Quantity (a struct that marshals itself as a string);
//          "$"     another struct that marshals itself as a scalar (metav1.Time, metav1.FieldsV1:
//                  a MarshalJSON method; like any struct value, omitempty never leaves it out)
//                  whose zero value marshals as `null`; "$n" one whose zero marshals as a number
//                  0 (intstr.IntOrString: Type Int, IntVal 0). SELF_ZERO says which is which;
//                  a self-marshalling struct not in it stops the script (read its MarshalJSON);
//          "T"     a struct T of the table (written field by field);
//          "[X]"   a list of X (X one of q, $, T), "[T:key]" a list of T whose elements match by
//                  the field's `patchMergeKey`, `key` (else they match by index);
//          "{X}"   a map of X (X one of q, $): `{q}` is a ResourceList.
//   e.g. "s" (Container.name), "?*n" (terminationGracePeriodSeconds), "?*SecurityContext",
//   "[Container:name]", "?{q}", "?~$" (creationTimestamp), "$n" (HTTPGetAction.port).
// Only types reachable from the root are written. Types of packages not read here stop the
// script, as does a map of structs or a list of lists of structs (extend the format then).
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
/** The commits the committed table is made from (see the header). */
const PINNED_API = '10b39a39bcee995dfe7cd5e8e7b922be5e46f1e2';
const PINNED_META = 'eed236ceee2c19c2753a3d93ac0631dc20750454';
const apiGitDir = arg('--api-git-dir', '/work/.mirror/kubernetes+api/repo');
const apiRev = arg('--api-rev', PINNED_API);
const metaGitDir = arg('--meta-git-dir', '/work/.mirror/kubernetes+apimachinery/repo');
const metaRev = arg('--meta-rev', PINNED_META);
const compareRev = arg('--compare', undefined);
const out = arg('--out', join(root, 'src', 'inject', 'go', 'k8s-field-order.json'));
const ROOT_TYPE = 'PodTemplateSpec';

/**
 * The Go files read, by package key: which repository, which files. Order matters only for
 * error messages. fieldsv1_byte.go is FieldsV1 of the default build (`!fieldsv1string`); older
 * revisions declare FieldsV1 in types.go and lack the file.
 */
const SOURCES = [
  { pkg: 'core', repo: 'api', files: ['core/v1/types.go'] },
  {
    pkg: 'meta',
    repo: 'meta',
    files: ['types.go', 'time.go', 'micro_time.go', 'duration.go', 'fieldsv1_byte.go', 'helpers.go'].map((f) => `pkg/apis/meta/v1/${f}`),
  },
  { pkg: 'resource', repo: 'meta', files: ['pkg/api/resource/quantity.go'] },
  { pkg: 'intstr', repo: 'meta', files: ['pkg/util/intstr/intstr.go'] },
  { pkg: 'types', repo: 'meta', files: ['pkg/types/uid.go'] },
];
/** Files that older revisions lack (FieldsV1 was in types.go). */
const OPTIONAL_FILES = new Set(['pkg/apis/meta/v1/fieldsv1_byte.go']);
/** Import alias (as core/v1 and meta/v1 spell them) → package key of SOURCES. */
const PACKAGES = { metav1: 'meta', resource: 'resource', intstr: 'intstr', types: 'types' };
/** The quantity type: `q` in the output. */
const QUANTITY = 'resource.Quantity';
/** Go's predeclared scalar types → the kind of JSON value encoding/json writes for them. */
const BUILTINS = new Map([
  ['bool', 'b'],
  ['string', 's'],
  ...'byte rune int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr float32 float64'.split(' ').map((t) => [t, 'n']),
]);
/**
 * What the zero value of each self-marshalling struct (a MarshalJSON method) the table reaches
 * marshals as, read from its MarshalJSON: '' `null`, 'n' a number. resource.Quantity is `q` ("0").
 * metav1.Time and MicroTime write `null` when IsZero; FieldsV1 writes `null` for no raw bytes;
 * intstr.IntOrString's zero is Type Int (0) with IntVal 0, written `0`.
 */
const SELF_ZERO = new Map([
  ['meta.Time', ''],
  ['meta.MicroTime', ''],
  ['meta.FieldsV1', ''],
  ['intstr.IntOrString', 'n'],
]);

function git(gitDir, ...rest) {
  return execFileSync('git', ['--git-dir', gitDir, ...rest], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** `git show rev:file`, or undefined when the revision has no such file. */
function gitFile(gitDir, rev, file) {
  try {
    execFileSync('git', ['--git-dir', gitDir, 'cat-file', '-e', `${rev}:${file}`], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return git(gitDir, 'show', `${rev}:${file}`);
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
 * with their underlying type expression. Keys are `<pkg>.<Name>`. Also notes in `marshalers`
 * the types with a MarshalJSON method.
 */
function parseGo(src, pkg, into, marshalers) {
  const text = stripComments(src);
  const method = /^func\s*\(\s*\w*\s*\*?\s*([A-Za-z_]\w*)\s*\)\s*MarshalJSON\s*\(/gm;
  for (let m; (m = method.exec(text)); ) marshalers.add(`${pkg}.${m[1]}`);
  const decl = /^type\s+([A-Za-z_]\w*)\s*(=\s*)?(struct\s*\{|[^\n]+)/gm;
  for (let m; (m = decl.exec(text)); ) {
    const name = `${pkg}.${m[1]}`;
    if (into.has(name)) throw new Error(`${name} is declared twice`);
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
    into.set(name, { kind: 'struct', pkg, body, fields: undefined });
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
    for (const o of opts) {
      if (o !== 'omitempty' && o !== 'omitzero' && o !== 'inline') throw new Error(`${owner}: the JSON option ${JSON.stringify(o)} is not supported: ${line}`);
    }
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

/** The fields of a struct declaration, read when first needed (only reachable types must parse). */
function structFields(key, decls) {
  const d = decls.get(key);
  d.fields ??= parseFields(d.body, key);
  return d.fields;
}

/**
 * Resolves a Go type expression seen in package `pkg` to what its JSON value holds:
 * `scalar` (with `scalar` its kind — s, n, b — when it is a string, number or bool); `self` (a struct with its own MarshalJSON), `struct`, `list` of `elem`, `map` of `value`.
 */
function resolve(expr, pkg, decls, marshalers, seen = new Set()) {
  expr = expr.trim();
  if (expr.startsWith('*')) return resolve(expr.slice(1), pkg, decls, marshalers, seen);
  if (expr.startsWith('[]')) {
    if (expr === '[]byte') return { kind: 'scalar' };
    const elem = resolve(expr.slice(2), pkg, decls, marshalers, seen);
    if (elem.kind === 'list') {
      if (elem.elem.kind !== 'scalar') throw new Error(`a list of lists of non-scalars: ${expr}; extend the format`);
      return { kind: 'scalar' };
    }
    return { kind: 'list', elem };
  }
  if (expr.startsWith('map[')) {
    let depth = 0;
    let i = 3;
    for (; i < expr.length; i++) {
      if (expr[i] === '[') depth++;
      else if (expr[i] === ']' && --depth === 0) break;
    }
    return { kind: 'map', value: resolve(expr.slice(i + 1), pkg, decls, marshalers, seen) };
  }
  if (/^interface\s*\{\s*\}$/.test(expr) || expr === 'any') return { kind: 'scalar' };
  const q = /^(?:([a-z]\w*)\.)?([A-Za-z_]\w*)$/.exec(expr);
  if (!q) throw new Error(`cannot read the Go type ${JSON.stringify(expr)}`);
  if (q[1] === undefined && BUILTINS.has(q[2])) return { kind: 'scalar', scalar: BUILTINS.get(q[2]) };
  if (q[1] === undefined && /^complex(64|128)$/.test(q[2])) throw new Error(`${expr}: encoding/json cannot marshal it`);
  const declPkg = q[1] === undefined ? pkg : PACKAGES[q[1]];
  if (declPkg === undefined) throw new Error(`the Go type ${expr} is of a package not read here; add it to SOURCES and PACKAGES`);
  const key = `${declPkg}.${q[2]}`;
  const d = decls.get(key);
  if (!d) throw new Error(`the Go type ${key} is not declared in the files read; add its file to SOURCES`);
  if (marshalers.has(key)) return d.kind === 'struct' ? { kind: 'self', key } : { kind: 'scalar' };
  if (d.kind === 'struct') return { kind: 'struct', key };
  if (seen.has(key)) throw new Error(`type cycle at ${key}`);
  return resolve(d.expr, d.pkg, decls, marshalers, new Set([...seen, key]));
}

/** The JSON fields of a struct type in Go order, embedded structs inlined. */
function jsonFields(key, decls, marshalers) {
  const d = decls.get(key);
  const outFields = [];
  for (const f of structFields(key, decls)) {
    const r = resolve(f.type, d.pkg, decls, marshalers);
    if (f.embedded && f.json === undefined) {
      if (r.kind !== 'struct') throw new Error(`${key}: cannot inline ${f.type}`);
      outFields.push(...jsonFields(r.key, decls, marshalers));
    } else {
      outFields.push({
        name: f.json,
        r,
        mergeKey: f.mergeKey,
        omitempty: f.opts.includes('omitempty'),
        omitzero: f.opts.includes('omitzero'),
        pointer: f.type.trim().startsWith('*'),
      });
    }
  }
  const names = new Set();
  for (const f of outFields) {
    if (names.has(f.name)) throw new Error(`${key}: two fields named ${JSON.stringify(f.name)}`);
    names.add(f.name);
  }
  return outFields;
}

const shortName = (key) => key.slice(key.indexOf('.') + 1);

/** `types` of the output for one pair of revisions. */
function buildTypes(aRev, mRev) {
  const decls = new Map();
  const marshalers = new Set();
  for (const { pkg, repo, files } of SOURCES) {
    const [gitDir, rev] = repo === 'api' ? [apiGitDir, aRev] : [metaGitDir, mRev];
    for (const file of files) {
      const src = gitFile(gitDir, rev, file);
      if (src !== undefined) parseGo(src, pkg, decls, marshalers);
      else if (!OPTIONAL_FILES.has(file)) throw new Error(`${file} is not at ${rev}`);
    }
  }
  const types = {};
  const owners = new Map();
  const queue = [`core.${ROOT_TYPE}`];
  /** The type part of V for a resolved value (see the header); queues the structs it names. */
  const valueType = (r, where, mergeKey) => {
    switch (r.kind) {
      case 'scalar':
        return r.scalar ?? '';
      case 'self': {
        if (r.key === QUANTITY) return 'q';
        const zero = SELF_ZERO.get(r.key);
        if (zero === undefined) throw new Error(`${where}: ${r.key} marshals itself; read its MarshalJSON and add its zero to SELF_ZERO`);
        return `$${zero}`;
      }
      case 'struct':
        queue.push(r.key);
        return shortName(r.key);
      case 'list': {
        if (r.elem.kind === 'map') throw new Error(`${where}: a list of maps; extend the format`);
        if (r.elem.kind === 'scalar') return '';
        const elem = valueType(r.elem, where, undefined);
        return `[${elem}${mergeKey && r.elem.kind === 'struct' ? `:${mergeKey}` : ''}]`;
      }
      case 'map': {
        if (r.value.kind === 'struct' || r.value.kind === 'list' || r.value.kind === 'map') {
          throw new Error(`${where}: a map of ${r.value.kind}s; extend the format`);
        }
        if (r.value.kind === 'scalar') return '';
        return `{${valueType(r.value, where, undefined)}}`;
      }
    }
    throw new Error(`${where}: unexpected ${r.kind}`);
  };
  while (queue.length > 0) {
    const key = queue.shift();
    const short = shortName(key);
    if (owners.has(short)) {
      if (owners.get(short) !== key) throw new Error(`two types named ${short}: ${owners.get(short)} and ${key}`);
      continue;
    }
    owners.set(short, key);
    const entry = {};
    for (const f of jsonFields(key, decls, marshalers)) {
      const flags = (f.omitempty ? '?' : '') + (f.omitzero ? '~' : '') + (f.pointer ? '*' : '');
      entry[f.name] = flags + valueType(f.r, `${key}.${f.name}`, f.mergeKey);
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
    if (retyped.length) notes.push(`${t}: flags or value types differ: ${retyped.map((k) => `${k} ${x[k]} vs ${y[k]}`).join(', ')}`);
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
