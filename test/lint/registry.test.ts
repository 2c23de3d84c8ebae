import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/lint/registry.js';
import { renderRulesDoc } from '../../src/lint/rules-doc.js';
import { SEVERITIES } from '../../src/lint/types.js';

describe('rule registry', () => {
  test('ids are unique, kebab-case, sorted, and each rule lives in src/lint/rules/<id>.ts', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      expect(existsSync(`src/lint/rules/${id}.ts`), id).toBe(true);
    }
  });

  test('every rule file is registered: src/lint/rules/<id>.ts exports the rule RULES holds for <id>', async () => {
    const files = readdirSync('src/lint/rules').filter((f) => f.endsWith('.ts')).sort();
    expect(files.map((f) => f.replace(/\.ts$/, '')), 'rule files without a registry entry').toEqual(RULES.map((r) => r.meta.id));
    for (const file of files) {
      const mod = (await import(`../../src/lint/rules/${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const exported = Object.values(mod).filter((v) => typeof v === 'object' && v !== null && 'meta' in v);
      expect(exported.length, `${file} exports one rule`).toBe(1);
      expect(RULES, `${file}'s rule is the registered object`).toContain(exported[0]);
    }
  });

  test.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s has complete metadata', (_id, m) => {
    expect(SEVERITIES).toContain(m.severity);
    expect(m.description.trim().length).toBeGreaterThan(20);
    expect(m.description).not.toContain('\n');
    expect(m.help.trim().length).toBeGreaterThan(40);
    for (const code of [...(m.istioCode ? [m.istioCode] : []), ...(m.istioCodes ?? [])]) expect(code).toMatch(/^IST\d{4}$/);
    if (m.docs !== undefined) expect(m.docs).toMatch(/^https:\/\//);
    if (m.optionsSchema) expect(m.optionsSchema.type).toBe('object');
  });

  test('docs/rules.md is what scripts/gen-rules-doc.mjs renders from the registry', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc(RULES.map((r) => r.meta)));
    // The script itself (bundling the sources) agrees; it exits 1 when the file is out of date.
    expect(() => execFileSync(process.execPath, ['scripts/gen-rules-doc.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
