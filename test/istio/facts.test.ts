/**
 * Istio's facts live in src/istio/ and nowhere else: the keys the code reads and writes are
 * registry entries, and no other module spells an Istio container, key, environment variable or
 * the proxy's UID itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupAnnotation, lookupLabel } from '../../src/istio/annotations/index.js';
import * as keys from '../../src/istio/keys.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Whole string literals that name an Istio container, key or proxy env variable; the proxy UID as a number. */
const ISTIO_FACT = new RegExp(
  [
    String.raw`'(?:istio-proxy|istio-init|istio-validation|enable-core-dump)'`,
    String.raw`'[a-z0-9.-]*istio\.io/[A-Za-z0-9._-]+'`,
    String.raw`'(?:ISTIO|ENVOY)_[A-Z_]+'`,
    String.raw`[=:(,[]\s*1337\b`,
  ].join('|'),
  'g',
);

describe('Istio facts', () => {
  it('every well-known key is a registry entry of its kind', () => {
    for (const [name, key] of Object.entries(keys)) {
      const entry = name.endsWith('_LABEL') ? lookupLabel(key) : name === 'INJECT_KEY' ? lookupLabel(key) && lookupAnnotation(key) : lookupAnnotation(key);
      expect(entry, `${name} = ${key}`).toBeDefined();
    }
  });

  it('are spelled only in src/istio/', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src')) {
      if (file.startsWith(join('src', 'istio'))) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(ISTIO_FACT)) found.push(`${file}:${i + 1}: ${m[0].trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});
