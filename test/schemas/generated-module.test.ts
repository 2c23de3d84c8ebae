import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as validators from '../../generated/validators.js';

const generated = readFileSync(new URL('../../generated/validators.js', import.meta.url), 'utf8');
const schemaFiles = readdirSync(new URL('../../src/schemas/', import.meta.url)).filter((f) => f.endsWith('.schema.json'));

describe('generated/validators.js (scripts/build-schemas.mjs)', () => {
  it('exports one validate function per schema file, named from the file', () => {
    const expected = schemaFiles.map(
      (f) => 'validate' + f.replace('.schema.json', '').split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(''),
    );
    expect(expected).toEqual(
      expect.arrayContaining(['validateMeshConfig', 'validateValues', 'validateInjectorConfig', 'validateIstioOperator']),
    );
    for (const name of expected) expect(typeof (validators as Record<string, unknown>)[name]).toBe('function');
  });

  it('is an ES module importing nothing but ajv runtime helpers, and never compiles at run time', () => {
    expect(generated).not.toMatch(/\brequire\s*\(/);
    const imports = [...generated.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) expect(spec).toMatch(/^ajv\/dist\/runtime\/[A-Za-z0-9_]+\.js$/);
    expect(generated).not.toMatch(/new Function|\beval\(/);
  });

  it('sets errors in Ajv shape', () => {
    expect(validators.validateValues({ global: { proxy: { privileged: 'no' } } })).toBe(false);
    expect(validators.validateValues.errors).toEqual([
      expect.objectContaining({ instancePath: '/global/proxy/privileged', keyword: 'type' }),
    ]);
    expect(validators.validateValues({})).toBe(true);
    expect(validators.validateValues.errors).toBeNull();
  });

  it('validates MeshNetworks (generated from network.proto)', () => {
    const ok = { networks: { n1: { endpoints: [{ fromRegistry: 'c1' }], gateways: [{ address: '1.2.3.4', port: 15443 }] } } };
    expect(validators.validateMeshNetworks(ok)).toBe(true);
    expect(validators.validateMeshNetworks({ networks: { n1: { gateway: [] } } })).toBe(false);
  });
});
