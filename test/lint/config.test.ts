import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseLintConfig } from '../../src/lint/config.js';
import { loadLintConfig } from '../../src/lint/config-load.js';
import { lintDocuments } from '../../src/lint/runner.js';
import { KubeInjectError } from '../../src/model/errors.js';
import { formatError } from '../../src/emit/format-error.js';
import { splitStream } from '../../src/read/split.js';
import { yaml } from './helpers/rule-tester.js';

function configError(text: string): KubeInjectError {
  try {
    parseLintConfig('.kube-inject.yaml', text);
  } catch (e) {
    if (e instanceof KubeInjectError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('lint configuration', () => {
  test('severities, off, and options with a severity', () => {
    const c = parseLintConfig(
      'c.yaml',
      yaml`
        rules:
          port-name: off
          app-version-labels: error
          service-association:
            severity: warning
            maxServices: 1
      `,
    );
    expect(c.rules).toEqual({
      'port-name': { severity: 'off', options: {} },
      'app-version-labels': { severity: 'error', options: {} },
      'service-association': { severity: 'warning', options: { maxServices: 1 } },
    });
    expect(parseLintConfig('c.yaml', '# nothing yet\n').rules).toEqual({});
  });

  test.each([
    [
      'an unknown rule',
      'rules:\n  port-name: info\n  port-nmae: off\n',
      '.kube-inject.yaml:3:3: error: invalid lint configuration: rules.port-nmae: unknown rule "port-nmae"; rules are: app-version-labels, ',
    ],
    ['an unknown top-level key', 'rule:\n  port-name: off\n', '.kube-inject.yaml:1:1: error: invalid lint configuration: rule: unknown key "rule"'],
    ['a bad severity', 'rules:\n  port-name: fatal\n', '.kube-inject.yaml:2:14: error: invalid lint configuration: rules.port-name: must be one of error, warning, info, off'],
    [
      'an unknown option',
      'rules:\n  port-name:\n    maxServices: 1\n',
      '.kube-inject.yaml:3:5: error: invalid lint configuration: rules.port-name.maxServices: unknown option "maxServices" for rule port-name; options are: severity',
    ],
    [
      'a bad option value',
      'rules:\n  service-association:\n    maxServices: none\n',
      '.kube-inject.yaml:3:18: error: invalid lint configuration: rules.service-association.maxServices: must be integer',
    ],
    [
      'a bad severity inside options',
      'rules:\n  service-association: {severity: loud}\n',
      '.kube-inject.yaml:2:35: error: invalid lint configuration: rules.service-association.severity: must be one of error, warning, info, off',
    ],
  ])('%s: names the file, the key and its line:column', (_name, text, message) => {
    expect(formatError(configError(text))).toContain(message);
  });

  test('found in the working directory; --config must exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ki-config-'));
    expect(await loadLintConfig(undefined, dir)).toEqual({ rules: {} });
    writeFileSync(join(dir, '.kube-inject.yaml'), 'rules:\n  host-network: off\n');
    expect((await loadLintConfig(undefined, dir)).rules['host-network']).toEqual({ severity: 'off', options: {} });
    await expect(loadLintConfig('missing.yaml', dir)).rejects.toThrow(/cannot read the lint configuration/);
  });

  test('the runner applies severities and skips rules that are off', () => {
    const docs = splitStream({
      name: 'm.yaml',
      text: yaml`
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          selector: {app: a}
          ports: [{port: 80}]
        ---
        apiVersion: v1
        kind: Pod
        metadata: {name: p, labels: {app: a}}
        spec:
          containers: [{name: c, image: c}]
      `,
    });
    const ids = (c: string) => lintDocuments(docs, parseLintConfig('c.yaml', c)).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(ids('')).toEqual(['port-name:info', 'app-version-labels:warning']);
    expect(ids('rules: {port-name: error, app-version-labels: off}')).toEqual(['port-name:error']);
  });
});
