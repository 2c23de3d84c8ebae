/**
 * Places where JavaScript's idea of a value differs from Go's, so that kube-inject read a value
 * otherwise than Istio or kubectl: whitespace trimming, `__proto__` keys, `!!binary` scalars.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepMerge, parseConfigText } from '../../src/config/read-file.js';
import { goTrimSpace } from '../../src/istio/annotations/go-parse.js';
import { makeSource } from '../../src/read/sources.js';
import { splitStream } from '../../src/read/split.js';
import { runCli } from '../helpers/run-cli.js';

function pod(annotations: Record<string, string>): string {
  const lines = Object.entries(annotations).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`);
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\n  annotations:\n${lines.join('\n')}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
}

describe('annotation values are trimmed as Go strings.TrimSpace trims', () => {
  it('U+FEFF is not space (Istio rejects the port), U+0085 is (Istio accepts it)', async () => {
    const bom = await runCli(['-q', '-f', '-'], { stdin: pod({ 'status.sidecar.istio.io/port': '\uFEFF15021' }) });
    expect(bom.code, bom.stderr).toBe(2);
    expect(bom.stderr).toContain('status.sidecar.istio.io/port');
    const lintBom = await runCli(['lint', '-f', '-'], { stdin: pod({ 'status.sidecar.istio.io/port': '\uFEFF15021' }) });
    expect(lintBom.stdout).toContain('invalid-annotation');

    const nel = await runCli(['-q', '-f', '-'], { stdin: pod({ 'status.sidecar.istio.io/port': '15021\u0085' }) });
    expect(nel.code, nel.stderr).toBe(0);
    const ports = await runCli(['-q', '-f', '-'], { stdin: pod({ 'traffic.sidecar.istio.io/excludeInboundPorts': '\u008580,\u3000 81\u2028' }) });
    expect(ports.code, ports.stderr).toBe(0);
    const badPorts = await runCli(['-q', '-f', '-'], { stdin: pod({ 'traffic.sidecar.istio.io/excludeInboundPorts': '80,\uFEFF81' }) });
    expect(badPorts.code).toBe(2);
  });

  it('goTrimSpace trims Unicode White_Space and nothing else', () => {
    const space = '\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000';
    expect(goTrimSpace(`${space}a b${space}`)).toBe('a b');
    for (const kept of ['\uFEFF', '\u180E', '\u200B', '\u0000', '\u001C']) expect(goTrimSpace(`${kept}x${kept}`)).toBe(`${kept}x${kept}`);
  });
});

describe('a key "__proto__" in a values file', () => {
  it('is data in the merged values, never their prototype', () => {
    const file = parseConfigText('v.yaml', '__proto__:\n  foo: polluted\nglobal:\n  __proto__:\n    bar: polluted2\n', 'values');
    const merged = deepMerge({ global: { a: 1 } }, file.value) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(merged['global'])).toBe(Object.prototype);
    expect('foo' in merged).toBe(false);
    expect('bar' in merged['global']!).toBe(false);
    expect(Object.getOwnPropertyDescriptor(merged, '__proto__')?.value).toEqual({ foo: 'polluted' });
    expect(Object.getOwnPropertyDescriptor(merged['global'], '__proto__')?.value).toEqual({ bar: 'polluted2' });
  });

  it('reaches a template as a key like any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ki-proto-'));
    writeFileSync(join(dir, 'values.yaml'), '__proto__:\n  foo: polluted\n');
    writeFileSync(
      join(dir, 'sidecar.tmpl'),
      'spec:\n  containers:\n  - name: istio-proxy\n    image: x\n    env:\n    - name: FOO\n      value: {{ .Values.foo | default "none" | quote }}\n    - name: DATA\n      value: {{ index .Values "__proto__" "foo" | default "none" | quote }}\n',
    );
    const r = await runCli(['-q', '-f', '-', '--values', join(dir, 'values.yaml'), '--inject-config', join(dir, 'sidecar.tmpl')], {
      stdin: pod({ a: 'b' }),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/name: FOO\n\s+value: none/);
    expect(r.stdout).toMatch(/name: DATA\n\s+value: polluted/);
  });
});

describe('a key "__proto__" reaching the template functions', () => {
  it('is data in the maps they build', async () => {
    const { parseTemplate } = await import('../../src/gotemplate/index.js');
    const { injectionFunctions } = await import('../../src/render/functions.js');
    const funcs = injectionFunctions({ getEnv: () => undefined });
    const run = (text: string, data: unknown): string => parseTemplate('t', text, { funcs }).execute(data);
    const labels = JSON.parse('{"__proto__": {"x": "1"}, "a": "b"}') as unknown;
    const strings = JSON.parse('{"__proto__": "p", "a": "b"}') as unknown;
    expect(run('{{ toJSON (mergeMaps . (dict "c" "d")) }}', strings)).toBe('{"__proto__":"p","a":"b","c":"d"}');
    expect(run('{{ toJSON (strdict "__proto__" "v") }}', null)).toBe('{"__proto__":"v"}');
    expect(run('{{ $d := dict "__proto__" (dict "x" 1) }}{{ $d.x }}|{{ len $d }}', null)).toBe('<no value>|1');
    expect(run('{{ $d := merge (dict) . }}{{ $d.x }}|{{ keys $d }}', labels)).toBe('<no value>|[__proto__ a]');
    expect(run('{{ $d := set (dict) "__proto__" (dict "x" 1) }}{{ $d.x }}|{{ len $d }}', null)).toBe('<no value>|1');
  });
});

describe('!!binary scalars', () => {
  const podWith = (value: string): string =>
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\nspec:\n  containers:\n  - name: app\n    image: app:1\n    env:\n    - name: X\n      value: ${value}\n`;

  it('are read as kubectl reads them: the decoded bytes as a string (sigs.k8s.io/yaml)', async () => {
    for (const [yaml, text] of [
      ['!!binary aGVsbG8=', 'hello'],
      ['!!binary |\n        aGVs\n        bG8=', 'hello'],
      ['!!binary w6k=', '\u00e9'],
      // Go's json.Marshal writes each byte that is not UTF-8 as U+FFFD.
      ['!!binary /+Jo', '\uFFFD\uFFFDh'],
    ] as const) {
      const r = await runCli(['-q', '-f', '-'], { stdin: podWith(yaml) });
      expect(r.code, r.stderr).toBe(0);
      // The author's `!!binary` text is kept as written (the document is edited, not rewritten);
      // read back as kubectl reads it, it is the same string.
      expect(r.stdout).toContain(`value: ${yaml}\n`);
      const out = splitStream(makeSource('out.yaml', r.stdout))[0]!.value as { spec: { containers: Array<{ name: string; env?: Array<{ value: unknown }> }> } };
      expect(out.spec.containers.find((c) => c.name === 'app')!.env![0]!.value, yaml).toBe(text);
    }
  });

  it('that are not base64 are an error at their line', async () => {
    for (const args of [['-f', '-'], ['lint', '-f', '-']]) {
      const r = await runCli(args, { stdin: podWith('!!binary "not base64!"') });
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/<stdin>:12:\d+: error: .*binary/);
    }
  });
});
