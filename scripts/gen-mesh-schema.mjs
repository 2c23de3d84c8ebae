#!/usr/bin/env node
// Generates src/schemas/mesh-config.schema.json (Istio MeshConfig, incl. defaultConfig = ProxyConfig)
// and src/schemas/mesh-networks.schema.json (Istio MeshNetworks) from the .proto sources of istio/api.
//
// Run by hand (the output is committed; the build does not need the protos):
//
//   node scripts/gen-mesh-schema.mjs --git-dir /work/.mirror/istio+api/repo [--rev HEAD]
//
// The .proto text is read with `git show <rev>:<path>` from a (bare) clone of istio/api; nothing is
// copied into the project. The schemas follow the proto3 JSON mapping as Go's jsonpb/protojson read it:
//   - every field is accepted under its JSON name (lowerCamelCase or json_name) and its original name;
//   - null is accepted for any field (it means "unset");
//   - int32/uint32 (and 64-bit ints) -> integer or a decimal string; float/double -> number or string;
//   - enums -> value name or number; maps -> object with typed values; repeated -> array; oneofs -> fields;
//   - google.protobuf.Duration -> "1.5s" style string; wrappers -> their scalar; Struct -> any object;
//   - unknown fields are rejected (additionalProperties: false). Field names that a message declares as
//     `reserved` (removed from Istio, silently ignored by it) are accepted with any value.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
function arg(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
}
const gitDir = arg('--git-dir', '/work/.mirror/istio+api/repo');
const rev = arg('--rev', 'HEAD');
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'schemas');
const ID_BASE = 'https://kube-inject.invalid/schemas/';

const ROOT_FILES = ['mesh/v1alpha1/config.proto', 'mesh/v1alpha1/proxy.proto', 'mesh/v1alpha1/network.proto'];

function readProto(path) {
  try {
    return execFileSync('git', ['--git-dir', gitDir, 'show', `${rev}:${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch {
    return undefined;
  }
}

// ---------- tokenizer ----------
function tokenize(src, file) {
  const toks = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      for (let k = i; k < stop; k++) if (src[k] === '\n') line++;
      i = stop;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\') { s += src[j + 1]; j += 2; continue; }
        s += src[j++];
      }
      toks.push({ t: 'str', v: s, line });
      i = j + 1;
      continue;
    }
    const m = /^[A-Za-z_.][A-Za-z0-9_.]*|^-?[0-9][A-Za-z0-9_.+-]*/.exec(src.slice(i, i + 200));
    if (m) { toks.push({ t: 'id', v: m[0], line }); i += m[0].length; continue; }
    toks.push({ t: 'sym', v: c, line });
    i++;
  }
  return { toks, file };
}

// ---------- parser ----------
function parseFile(src, file) {
  const { toks } = tokenize(src, file);
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];
  const fail = (msg) => { const t = toks[Math.min(p, toks.length - 1)]; throw new Error(`${file}:${t?.line}: ${msg} (at ${JSON.stringify(t?.v)})`); };
  const expect = (v) => { const t = next(); if (!t || t.v !== v) { p--; fail(`expected ${v}`); } return t; };
  const skipStatement = () => { // skips to ';' or over a balanced {...}
    let depth = 0;
    while (p < toks.length) {
      const t = next();
      if (t.v === '{') depth++;
      else if (t.v === '}') { depth--; if (depth === 0) return; }
      else if (t.v === ';' && depth === 0) return;
    }
  };
  const parseOptions = () => { // [a = b, (c.d) = e] -> { deprecated, json_name }
    const opts = {};
    if (peek()?.v !== '[') return opts;
    next();
    let depth = 1;
    let key = '';
    while (p < toks.length && depth > 0) {
      const t = next();
      if (t.v === '[' || t.v === '{') depth++;
      else if (t.v === ']' || t.v === '}') depth--;
      else if (t.v === '=' && depth === 1) { const val = next(); opts[key] = val.v; }
      else if (t.v === ',' && depth === 1) key = '';
      else if (depth === 1) key += t.v;
    }
    return opts;
  };

  const out = { file, pkg: '', imports: [], messages: [], enums: [] };

  function parseEnum(scope) {
    const name = next().v;
    const en = { kind: 'enum', fullName: `${scope}.${name}`, values: [] };
    expect('{');
    while (peek() && peek().v !== '}') {
      const t = peek();
      if (t.v === 'option' || t.v === 'reserved') { skipStatement(); continue; }
      if (t.v === ';') { next(); continue; }
      const vname = next().v;
      expect('=');
      const num = Number(next().v);
      parseOptions();
      expect(';');
      en.values.push({ name: vname, number: num });
    }
    expect('}');
    return en;
  }

  function parseField(msg, label, oneof) {
    let type = next().v;
    let keyType;
    if (type === 'map') {
      expect('<');
      keyType = next().v;
      expect(',');
      type = next().v;
      expect('>');
      label = 'map';
    }
    const name = next().v;
    expect('=');
    next();
    const opts = parseOptions();
    expect(';');
    msg.fields.push({ name, type, keyType, label, oneof, jsonName: opts.json_name, deprecated: opts.deprecated === 'true' });
  }

  function parseMessage(scope) {
    const name = next().v;
    const msg = { kind: 'message', fullName: `${scope}.${name}`, fields: [], reserved: [], file };
    out.messages.push(msg);
    expect('{');
    while (peek() && peek().v !== '}') {
      const t = peek();
      switch (t.v) {
        case ';': next(); break;
        case 'option': case 'extensions': case 'extend': skipStatement(); break;
        case 'reserved': {
          next();
          while (peek().v !== ';') { const r = next(); if (r.t === 'str') msg.reserved.push(r.v); }
          next();
          break;
        }
        case 'message': next(); parseMessage(msg.fullName); break;
        case 'enum': next(); out.enums.push(parseEnum(msg.fullName)); break;
        case 'oneof': {
          next();
          const oneofName = next().v;
          expect('{');
          while (peek().v !== '}') {
            if (peek().v === 'option') { skipStatement(); continue; }
            if (peek().v === ';') { next(); continue; }
            parseField(msg, 'optional', oneofName);
          }
          expect('}');
          break;
        }
        case 'repeated': case 'optional': case 'required': next(); parseField(msg, t.v); break;
        default: parseField(msg, 'optional');
      }
    }
    expect('}');
    return msg;
  }

  while (p < toks.length) {
    const t = next();
    switch (t.v) {
      case 'syntax': case 'option': case 'edition': p--; skipStatement(); break;
      case 'package': out.pkg = next().v; expect(';'); break;
      case 'import': {
        if (peek().v === 'public' || peek().v === 'weak') next();
        out.imports.push(next().v);
        expect(';');
        break;
      }
      case 'message': parseMessage(out.pkg); break;
      case 'enum': out.enums.push(parseEnum(out.pkg)); break;
      case 'service': case 'extend': skipStatement(); break;
      case ';': break;
      default: p--; fail('unexpected token');
    }
  }
  return out;
}

// ---------- load the import closure (within istio/api) ----------
const types = new Map(); // fullName -> message | enum
const queue = [...ROOT_FILES];
const seen = new Set();
while (queue.length) {
  const f = queue.shift();
  if (seen.has(f)) continue;
  seen.add(f);
  if (f.startsWith('google/')) continue; // well-known types and google.api options are built in below
  const src = readProto(f);
  if (src === undefined) {
    if (ROOT_FILES.includes(f)) throw new Error(`cannot read ${f} from ${gitDir} at ${rev}`);
    console.warn(`warning: import ${f} not found in ${gitDir}; skipped`);
    continue;
  }
  const parsed = parseFile(src, f);
  for (const m of parsed.messages) types.set(m.fullName, m);
  for (const e of parsed.enums) types.set(e.fullName, e);
  queue.push(...parsed.imports);
}

// ---------- schema building ----------
const INT_RE = '^-?[0-9]+$';
const UINT_RE = '^[0-9]+$';
const FLOAT_RE = '^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$';
const DURATION_RE = '^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$';
const BASE64_RE = '^[A-Za-z0-9+/_-]*={0,2}$';

function withNull(schema, nullable) {
  if (!nullable) return schema;
  if (schema.type) return { ...schema, type: [...(Array.isArray(schema.type) ? schema.type : [schema.type]), 'null'] };
  if (schema.enum) return { ...schema, enum: [...schema.enum, null] };
  return schema;
}

function scalarSchema(type) {
  switch (type) {
    case 'string': return { type: 'string' };
    case 'bool': return { type: 'boolean' };
    case 'bytes': return { type: 'string', pattern: BASE64_RE };
    case 'int32': case 'sint32': case 'sfixed32':
      return { type: ['integer', 'string'], minimum: -2147483648, maximum: 2147483647, pattern: INT_RE };
    case 'uint32': case 'fixed32':
      return { type: ['integer', 'string'], minimum: 0, maximum: 4294967295, pattern: UINT_RE };
    case 'int64': case 'sint64': case 'sfixed64':
      return { type: ['integer', 'string'], pattern: INT_RE };
    case 'uint64': case 'fixed64':
      return { type: ['integer', 'string'], minimum: 0, pattern: UINT_RE };
    case 'float': case 'double':
      return { type: ['number', 'string'], pattern: FLOAT_RE };
    default: return undefined;
  }
}

const WKT = {
  'google.protobuf.Duration': () => ({ type: 'string', pattern: DURATION_RE }),
  'google.protobuf.Timestamp': () => ({ type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})$' }),
  'google.protobuf.FieldMask': () => ({ type: 'string' }),
  'google.protobuf.Struct': () => ({ type: 'object' }),
  'google.protobuf.Value': () => ({}),
  'google.protobuf.ListValue': () => ({ type: 'array' }),
  'google.protobuf.Any': () => ({ type: 'object', required: ['@type'] }),
  'google.protobuf.Empty': () => ({ type: 'object', additionalProperties: false }),
  'google.protobuf.BoolValue': () => scalarSchema('bool'),
  'google.protobuf.StringValue': () => scalarSchema('string'),
  'google.protobuf.BytesValue': () => scalarSchema('bytes'),
  'google.protobuf.Int32Value': () => scalarSchema('int32'),
  'google.protobuf.UInt32Value': () => scalarSchema('uint32'),
  'google.protobuf.Int64Value': () => scalarSchema('int64'),
  'google.protobuf.UInt64Value': () => scalarSchema('uint64'),
  'google.protobuf.FloatValue': () => scalarSchema('float'),
  'google.protobuf.DoubleValue': () => scalarSchema('double'),
};

function resolve(typeName, scope) {
  if (typeName.startsWith('.')) return typeName.slice(1);
  if (WKT[typeName]) return typeName;
  const parts = scope.split('.');
  for (let i = parts.length; i >= 0; i--) {
    const cand = [...parts.slice(0, i), typeName].join('.');
    if (types.has(cand) || WKT[cand]) return cand;
  }
  throw new Error(`cannot resolve type ${typeName} in ${scope}`);
}

function jsonNameOf(name) { // protoc's ToJsonName
  let out = '';
  let up = false;
  for (const c of name) {
    if (c === '_') { up = true; continue; }
    out += up ? c.toUpperCase() : c;
    up = false;
  }
  return out;
}

const defs = {};
function defFor(fullName) {
  if (!(fullName in defs)) {
    defs[fullName] = null; // placeholder for recursion
    const t = types.get(fullName);
    if (t.kind === 'enum') {
      defs[fullName] = { description: 'enum (indirection keeps the compiled validator small)', allOf: [{ $ref: `#/$defs/${fullName}.values` }] };
      defs[`${fullName}.values`] = enumSchema(t);
    } else {
      defs[fullName] = messageSchema(t);
    }
  }
  return { $ref: `#/$defs/${fullName}` };
}

function enumSchema(en) {
  const names = en.values.map((v) => v.name);
  const numbers = [...new Set(en.values.map((v) => v.number))];
  return { enum: [...names, ...numbers, null] };
}

// Field schemas for scalars and well-known types are shared definitions ("proto.int32",
// "google.protobuf.Duration", ...). Each is a $ref to its ".impl" so that Ajv (which inlines refs to
// schemas that contain no $ref, and looks through a bare {$ref}) compiles it once as a function instead of inlining it at every field and
// every snake_case alias; this keeps the generated validator code roughly half the size.
function sharedDef(name, schema) {
  if (!(name in defs)) {
    defs[name] = { description: 'shared field type (indirection keeps the compiled validator small)', allOf: [{ $ref: `#/$defs/${name}.impl` }] };
    defs[`${name}.impl`] = schema;
  }
  return { $ref: `#/$defs/${name}` };
}

function valueSchema(typeName, scope, nullable) {
  const scalar = scalarSchema(typeName);
  if (scalar) return nullable ? sharedDef(`proto.${typeName}`, withNull(scalar, true)) : scalar;
  const full = resolve(typeName, scope);
  if (full === 'google.protobuf.Value') return {};
  if (WKT[full]) return nullable ? sharedDef(full, withNull(WKT[full](), true)) : WKT[full]();
  return defFor(full); // message and enum defs accept null themselves
}

function fieldSchema(f, scope) {
  if (f.label === 'map') {
    const s = { type: ['object', 'null'], additionalProperties: valueSchema(f.type, scope, false) };
    if (/int|fixed/.test(f.keyType)) s.propertyNames = { pattern: f.keyType.startsWith('u') || f.keyType.startsWith('fixed') ? UINT_RE : INT_RE };
    if (f.keyType === 'bool') s.propertyNames = { enum: ['true', 'false'] };
    return s;
  }
  if (f.label === 'repeated') return { type: ['array', 'null'], items: valueSchema(f.type, scope, false) };
  return valueSchema(f.type, scope, true);
}

function messageSchema(msg) {
  const properties = {};
  for (const f of msg.fields) {
    const s = fieldSchema(f, msg.fullName);
    const jsonName = f.jsonName ?? jsonNameOf(f.name);
    properties[jsonName] = s;
    if (f.name !== jsonName) properties[f.name] = s;
  }
  for (const r of msg.reserved) {
    const note = { description: 'reserved: removed from Istio and ignored by it' };
    for (const n of [jsonNameOf(r), r]) if (!(n in properties)) properties[n] = note;
  }
  return { type: ['object', 'null'], properties, additionalProperties: false };
}

function writeSchema(file, title, rootType) {
  for (const k of Object.keys(defs)) delete defs[k];
  const root = defFor(rootType);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${ID_BASE}${file}`,
    title,
    description: `Generated by scripts/gen-mesh-schema.mjs from istio/api ${rev === 'HEAD' ? gitHead() : rev}. Do not edit.`,
    $ref: root.$ref,
    $defs: Object.fromEntries(Object.entries(defs).sort(([a], [b]) => a.localeCompare(b))),
  };
  writeFileSync(join(outDir, file), JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote src/schemas/${file}: ${Object.keys(defs).length} definitions`);
}

function gitHead() {
  return execFileSync('git', ['--git-dir', gitDir, 'rev-parse', rev], { encoding: 'utf8' }).trim();
}

writeSchema('mesh-config.schema.json', 'Istio MeshConfig (proto3 JSON)', 'istio.mesh.v1alpha1.MeshConfig');
writeSchema('mesh-networks.schema.json', 'Istio MeshNetworks (proto3 JSON)', 'istio.mesh.v1alpha1.MeshNetworks');
