/** Istio's own injector ConfigMap `data.config` passes kube-inject's injector-config schema. */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';
import { validateInput } from '../../src/schemas/index.js';
import { istioInjectorConfigFile } from '../helpers/shared.js';

describe('injector-config schema', () => {
  it("accepts Istio's istio-sidecar-injector config", () => {
    const file = istioInjectorConfigFile();
    expect(validateInput('injector-config', load(readFileSync(file, 'utf8'), { schema: KUBE_SCHEMA }))).toEqual([]);
  });
});
