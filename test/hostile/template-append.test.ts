/**
 * Appends in template loops: sprig's `append` copies its list, so `{{ $l = append $l . }}` in a
 * loop copied n²/2 elements (32,000 container ports took 33 s). The engine now extends a list
 * in place when only the variable holds it; what any other value sees is unchanged.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/gotemplate/index.js';
import { sprigFunctions } from '../../src/render/functions.js';
import { loadBuiltinTemplates } from '../../src/templates/index.js';
import { renderBigPod } from './append-support.js';
import { runCli } from '../helpers/run-cli.js';

const run = (text: string): string => parseTemplate('t', text, { funcs: sprigFunctions() }).execute({});

describe('append in a loop', () => {
  it('copies no list over and over: the built-in sidecar template on 5,000 ports and 2,000 containers', () => {
    const { out, copied } = renderBigPod(loadBuiltinTemplates()['sidecar']!);
    expect(out).toContain('"containerPort":5000');
    // Before: 5,000²/2 + 2,000²/2 = 14.5 million elements copied.
    expect(copied).toBeLessThan(10_000);
  });

  it('gives lists that never alias: what another value holds does not change', () => {
    expect(run('{{ $a := list 1 }}{{ $a = append $a 2 }}{{ $b := $a }}{{ $a = append $a 3 }}{{ $a = append $a 4 }}{{ $b }} {{ $a }}')).toBe('[1 2] [1 2 3 4]');
    expect(run('{{ $a := list }}{{ range $i := until 3 }}{{ $a = append $a $i }}{{ end }}{{ $c := $a }}{{ $a = append $a 9 }}{{ $c }} {{ $a }}')).toBe('[0 1 2] [0 1 2 9]');
    expect(run('{{ $a := list 1 }}{{ $a = append $a 2 }}{{ range $a }}{{ $a = append $a 5 }}{{ end }}{{ $a }}')).toBe('[1 2 5 5]');
    expect(run('{{ $a := list }}{{ $a = append $a 1 }}{{ $d := dict "k" $a }}{{ $a = append $a 2 }}{{ $d.k }} {{ $a }}')).toBe('[1] [1 2]');
    expect(run('{{ $a := list }}{{ $a = append $a 1 }}{{ $a = append $a $a }}{{ $a = append $a 3 }}{{ $a }}')).toBe('[1 [1] 3]');
    expect(run('{{ define "show" }}{{ . }}{{ end }}{{ $a := list }}{{ $a = append $a 1 }}{{ $b := $a }}{{ template "show" $a }}{{ $a = append $a 2 }}{{ $b }}{{ $a }}')).toBe('[1][1][1 2]');
    expect(run('{{ $a := list 0 }}{{ $a = append $a 1 }}{{ with $a }}{{ $a = append $a 2 }}{{ . }}{{ end }} {{ $a }}')).toBe('[0 1] [0 1 2]');
  });

  it('of 5,000 ports gives every port, in order (through the CLI)', async () => {
    const ports = Array.from({ length: 5000 }, (_, i) => `    - {containerPort: ${i + 1}}`).join('\n');
    const doc = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels: {app: p, version: v1}\nspec:\n  containers:\n  - name: app\n    image: app:1\n    ports:\n${ports}\n  - name: second\n    image: app:1\n`;
    const r = await runCli(['-q', '-f', '-'], { stdin: doc });
    expect(r.code, r.stderr.slice(0, 300)).toBe(0);
    const out = load(r.stdout) as { spec: { containers: Array<{ name: string; env?: Array<{ name: string; value?: string }> }> } };
    const env = Object.fromEntries(out.spec.containers.find((c) => c.name === 'istio-proxy')!.env!.map((e) => [e.name, e.value]));
    const listed = (JSON.parse(env['ISTIO_META_POD_PORTS']!) as Array<{ containerPort: number }>).map((p) => p.containerPort);
    expect(listed).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(env['ISTIO_META_APP_CONTAINERS']).toBe('app,second');
  });
});
