/**
 * The built-in YAML files (injector config, values, mesh config) are plain block YAML: the fast
 * reader reads each of them, to exactly what js-yaml reads (YAML 1.1, as the loader uses).
 */
import { readFileSync } from 'node:fs';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { parseBlockYaml } from '../../src/read/block-yaml.js';
import { firstDifference } from '../helpers/block-yaml-oracle.js';

describe('built-in YAML files', () => {
  for (const name of ['injector.yaml', 'values.yaml', 'mesh.yaml']) {
    test(`${name}: read by the fast reader, as js-yaml reads it`, () => {
      const text = readFileSync(new URL(`../../src/templates/${name}`, import.meta.url), 'utf8');
      const fast = parseBlockYaml(text, YAML11_SCHEMA);
      expect(fast.ok, fast.ok ? '' : fast.reason).toBe(true);
      expect(firstDifference(fast.ok ? fast.value : undefined, load(text, { schema: YAML11_SCHEMA }))).toBeUndefined();
    });
  }
});
