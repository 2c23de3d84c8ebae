import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/schemas/index.js';
import { SHARED, readShared } from './helpers.js';

const check = (data: unknown) => validateInput('injector-config', data);

// inject-config-inline*.yaml are bare templates (no `templates` key): istioctl treats such a file as the
// "sidecar" template itself, so they are not injector configs and are not checked here.
const configFiles = readdirSync(join(SHARED, 'kubeinject-cli'))
  .filter((f) => /^inject-config.*\.yaml$/.test(f) && !f.includes('inline'))
  .map((f) => `kubeinject-cli/${f}`);

describe('injector-config schema', () => {
  it('finds the istioctl test configs', () => {
    expect(configFiles).toEqual(expect.arrayContaining(['kubeinject-cli/inject-config.yaml', 'kubeinject-cli/inject-config-iop.yaml']));
  });

  it.each(configFiles)('accepts %s', (file) => {
    expect(check(readShared(file))).toEqual([]);
  });

  it('accepts every documented key', () => {
    expect(
      check({
        policy: 'disabled',
        defaultTemplates: ['sidecar', 'custom'],
        aliases: { both: ['sidecar', 'custom'] },
        alwaysInjectSelector: [{ matchLabels: { inject: 'yes' } }],
        neverInjectSelector: [{ matchExpressions: [{ key: 'openshift.io/build.name', operator: 'Exists' }] }],
        injectedAnnotations: { 'example.com/a': 'b' },
        template: '',
        templates: { sidecar: 'spec: {}', custom: 'metadata: {}' },
      }),
    ).toEqual([]);
  });

  it('rejects a bad policy, unknown keys and wrongly typed values', () => {
    expect(check({ policy: 'on' })).toEqual([{ pointer: '/policy', message: 'must be one of enabled, disabled' }]);
    expect(check({ defaultTemplate: ['sidecar'] })).toEqual([
      { pointer: '/defaultTemplate', message: 'unknown field "defaultTemplate" (did you mean "defaultTemplates"?)' },
    ]);
    expect(check({ defaultTemplates: 'sidecar' })).toEqual([{ pointer: '/defaultTemplates', message: 'must be a list, got string "sidecar"' }]);
    expect(check({ templates: { sidecar: { spec: {} } } })).toEqual([
      { pointer: '/templates/sidecar', message: 'must be a string, got an object (mapping)' },
    ]);
    expect(check({ aliases: { a: [1] } })).toEqual([{ pointer: '/aliases/a/0', message: 'must be a string, got integer 1' }]);
    expect(check({ injectedAnnotations: { a: true } })).toEqual([{ pointer: '/injectedAnnotations/a', message: 'must be a string, got boolean true' }]);
  });

  it('checks label selectors', () => {
    expect(check({ neverInjectSelector: [{ matchExpressions: [{ key: 'a', operator: 'Equals' }] }] })).toEqual([
      { pointer: '/neverInjectSelector/0/matchExpressions/0/operator', message: 'must be one of In, NotIn, Exists, DoesNotExist' },
    ]);
    expect(check({ alwaysInjectSelector: [{ matchExpressions: [{ operator: 'Exists' }] }] })).toEqual([
      { pointer: '/alwaysInjectSelector/0/matchExpressions/0', message: 'missing required field "key"' },
    ]);
  });
});
