/**
 * The loader API of src/templates and the defaults it ships.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import {
  builtinInjectorFile,
  builtinMeshConfig,
  builtinValues,
  findTemplatesDir,
  loadBuiltinTemplates,
  readBuiltinFile,
  templatesDir,
} from '../../src/templates/index.js';
import { defaultProxyConfig, imageURL, isObj, testDefaultMesh, testDefaultValues } from './support.js';
import { applyMeshDefaults } from '../../src/inject/mesh-config.js';

type Obj = Record<string, unknown>;

/** Paths of all leaves ("a.b.c") of a plain-object tree. */
function leafPaths(v: unknown, prefix = ''): string[] {
  if (!isObj(v) || Object.keys(v).length === 0) return [prefix];
  return Object.entries(v).flatMap(([k, x]) => leafPaths(x, prefix ? `${prefix}.${k}` : k));
}

function get(v: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, k) => (isObj(cur) ? cur[k] : undefined), v);
}

describe('loadBuiltinTemplates', () => {
  it('returns the four built-in templates as text', () => {
    const t = loadBuiltinTemplates();
    expect(Object.keys(t).sort()).toEqual(['gateway', 'grpc-agent', 'grpc-simple', 'sidecar']);
    for (const [name, text] of Object.entries(t)) {
      expect(text, name).toContain('kube-inject built-in injection template');
    }
  });

  it('returns a fresh object each call', () => {
    const a = loadBuiltinTemplates();
    delete a.sidecar;
    expect(loadBuiltinTemplates().sidecar).toBeTypeOf('string');
  });

  it('every template parses with the injection function table', () => {
    const funcs = injectionFunctions({ getEnv: () => undefined });
    for (const [name, text] of Object.entries(loadBuiltinTemplates())) {
      const t = parseTemplate(name, text, { funcs, fieldResolver: goJsonFieldResolver });
      // Named blocks are namespaced by template, so templates never clash when combined.
      for (const def of t.templateNames().filter((n) => n !== name)) expect(def.startsWith(`${name}.`), def).toBe(true);
    }
  });
});

describe('builtinValues', () => {
  const values = builtinValues();

  it('has the same shape as an Istio install (test-default values) and the same settings, image location aside', () => {
    const reference = testDefaultValues();
    expect(leafPaths(values).sort()).toEqual(leafPaths(reference).sort());
    for (const path of leafPaths(reference)) {
      if (path === 'global.hub' || path === 'global.tag') continue;
      expect(get(values, path), path).toEqual(get(reference, path));
    }
  });

  it('defaults to docker.io/istio/proxyv2:1.31.0', () => {
    const g = values.global as Obj;
    expect(g.hub).toBe('docker.io/istio');
    expect(g.tag).toBe('1.31.0');
    expect((g.proxy as Obj).image).toBe('proxyv2');
    expect((g.proxy_init as Obj).image).toBe('proxyv2');
    expect(imageURL(g.hub, 'proxyv2', g.tag, String(g.variant))).toBe('docker.io/istio/proxyv2:1.31.0');
  });

  it('returns a fresh copy each call', () => {
    (builtinValues().global as Obj).hub = 'changed';
    expect((builtinValues().global as Obj).hub).toBe('docker.io/istio');
  });
});

describe('builtinMeshConfig', () => {
  const mesh = builtinMeshConfig();

  it("is a default install's mesh settings", () => {
    expect(mesh).toEqual(testDefaultMesh());
  });

  it("gets Istio's compiled-in defaults, proxy config included, from the engine", () => {
    const applied = applyMeshDefaults(mesh);
    expect(applied.defaultConfig).toEqual(defaultProxyConfig());
    expect(applied).toMatchObject({
      rootNamespace: 'istio-system',
      proxyListenPort: 15001,
      proxyInboundListenPort: 15006,
      inboundTrafficPolicy: { mode: 'PASSTHROUGH' },
      outboundTrafficPolicy: { mode: 'ALLOW_ANY' },
      enableAutoMtls: true,
      enablePrometheusMerge: true,
    });
  });
});

describe('builtinInjectorFile', () => {
  it('is the default injector configuration with the template texts', () => {
    const c = builtinInjectorFile();
    expect(c).toMatchObject({
      defaultTemplates: ['sidecar'],
      policy: 'enabled',
      alwaysInjectSelector: [],
      neverInjectSelector: [],
      injectedAnnotations: {},
      aliases: {},
    });
    expect(c.templates).toEqual(loadBuiltinTemplates());
  });
});

describe('locating the files', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-templates-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('from source: next to the module', () => {
    const dir = fileURLToPath(templatesDir());
    expect(readdirSync(dir)).toEqual(expect.arrayContaining(['injector.yaml', 'sidecar.tmpl', 'values.yaml', 'mesh.yaml']));
    expect(readBuiltinFile('injector.yaml')).toContain('defaultTemplates');
  });

  it('from the bundle: in templates/ beside it (dist/cli.js -> dist/templates/)', () => {
    const dist = join(tmp, 'dist');
    cpSync(fileURLToPath(templatesDir()), join(dist, 'templates'), { recursive: true, filter: (f) => !f.endsWith('.ts') });
    writeFileSync(join(dist, 'cli.js'), '');
    const found = findTemplatesDir(pathToFileURL(join(dist, 'cli.js')));
    expect(found && fileURLToPath(found)).toBe(join(dist, 'templates') + '/');
    expect(findTemplatesDir(pathToFileURL(join(tmp, 'elsewhere.js')))).toBeUndefined();
  });

  it('refuses paths outside the directory', () => {
    expect(() => readBuiltinFile('../index.ts')).toThrow(/invalid built-in file name/);
  });
});
