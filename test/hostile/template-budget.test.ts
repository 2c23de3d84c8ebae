/**
 * Templates from `--inject-config` are programs from outside: one execution has a budget of
 * steps and output, and lists built at once (`until`) have a cap, so that no template ends in a
 * V8 fatal error (out of memory) or runs for hours.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, TemplateError, parseTemplate } from '../../src/gotemplate/index.js';
import { sprigFunctions } from '../../src/render/functions.js';
import { assertBuilt, runBin } from '../helpers/run-cli.js';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: app:1\n';

function injectConfig(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ki-budget-'));
  const file = join(dir, 'sidecar.tmpl');
  writeFileSync(file, `metadata:\n  labels:\n    a: b\n${body}\n`);
  return file;
}

function run(text: string, budget: Partial<typeof DEFAULT_BUDGET>): unknown {
  try {
    return parseTemplate('t', text, { funcs: sprigFunctions(), budget }).execute({});
  } catch (e) {
    return e;
  }
}

describe('the execution budget of the template engine', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_BUDGET).toEqual({ maxSteps: 10_000_000, maxOutputBytes: 16 * 1024 * 1024, maxListLength: 1_000_000 });
  });

  it('stops a template after its steps, at the loop that spent them', () => {
    const e = run('x\n{{ range until 100 }}{{ range until 100 }}{{ end }}{{ end }}', { maxSteps: 1000 });
    expect(e).toBeInstanceOf(TemplateError);
    expect((e as Error).message).toMatch(/^template: t:2:\d+: executing "t" at <until 100>: template execution budget exceeded: more than 1,000 steps/);
    expect(run('{{ range until 10 }}{{ end }}', { maxSteps: 1000 })).toBe('');
  });

  it('stops a template after its output', () => {
    const e = run('{{ range until 100 }}0123456789{{ end }}', { maxOutputBytes: 500 });
    expect((e as Error).message).toMatch(/^template: t:1:\d+: executing "t": template execution budget exceeded: more than 500 bytes of output$/);
    const e2 = run('{{ range until 100 }}{{ "é" | repeat 10 }}{{ end }}', { maxOutputBytes: 1000 });
    expect((e2 as Error).message).toMatch(/more than 1,000 bytes of output/);
  });

  it('refuses a function result larger than the budget allows', () => {
    expect((run('{{ $x := repeat 2000 "x" }}', { maxOutputBytes: 1000 }) as Error).message).toMatch(/error calling repeat: result longer than the template output budget of 1,000 bytes/);
    expect((run('{{ $l := list 1 2 }}{{ range until 20 }}{{ $l = concat $l $l }}{{ end }}', { maxListLength: 1000 }) as Error).message).toMatch(
      /error calling concat: a list of 1,024 elements is longer than the 1,000 a template may build/,
    );
  });

  it('caps until and untilStep before they build the list', () => {
    expect((run('{{ until 1000000000 }}', {}) as Error).message).toMatch(/error calling until: until: a list of 1,000,000,000 elements is longer than the 1,000,000 a template may build/);
    expect((run('{{ untilStep 0 1000000000 2 }}', {}) as Error).message).toMatch(/untilStep: a list of 500,000,000 elements/);
    expect((run('{{ len (until 1000000) }}', {}) as string)).toBe('1000000');
  });
});

describe('a hostile --inject-config template', () => {
  it('ends in a template error, not a V8 fatal error or a hang', async () => {
    assertBuilt();
    const cases: Array<[string, RegExp]> = [
      ['{{ range until 1000000000 }}{{ end }}', /template: sidecar:4:\d+: executing "sidecar" at <until 1000000000>: error calling until: until: a list of 1,000,000,000 elements is longer than the 1,000,000 a template may build/],
      ['{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}', /template: sidecar:4:\d+: executing "sidecar" at <until 100000>: template execution budget exceeded: more than 10,000,000 steps/],
      ['{{ range until 1000000 }}{{ "x" | repeat 100 }}{{ end }}', /template: sidecar:4:\d+: executing "sidecar".*: template execution budget exceeded: more than 16 MiB of output/],
    ];
    for (const [body, message] of cases) {
      const r = await runBin(['-q', '-f', '-', '--inject-config', injectConfig(body)], { stdin: POD, timeoutMs: 60_000 });
      expect(r.signal, body).toBeNull();
      expect(r.code, `${body}: ${r.stderr.slice(0, 300)}`).toBe(2);
      expect(r.stderr, body).toMatch(message);
      expect(r.stderr).not.toContain('internal error');
    }
  }, 200_000);
});

describe('a deeply nested --inject-config template', () => {
  it('is a parse error naming the nesting limit, or an error at the recursing call, never a stack overflow', async () => {
    assertBuilt();
    const n = 20_000;
    const cases: Array<[string, RegExp]> = [
      [`{{ ${'('.repeat(n)}1${')'.repeat(n)} }}`, /sidecar\.tmpl:4:\d+: error: template: sidecar:4:\d+: template nested more than 1000 levels deep; the limit is 1000/],
      ['{{ if 1 }}'.repeat(n) + '{{ end }}'.repeat(n), /sidecar\.tmpl:4:\d+: error: template: sidecar:4:\d+: template nested more than 1000 levels deep; the limit is 1000/],
      ['{{ if 0 }}' + '{{ else if 0 }}'.repeat(n) + '{{ end }}', /sidecar\.tmpl:4:\d+: error: template: sidecar:4:\d+: template nested more than 1000 levels deep; the limit is 1000/],
      [
        '{{ define "r" }}{{ with . }}{{ range list 1 }}{{ if 1 }}{{ with 1 }}{{ template "r" 1 }}{{ end }}{{ end }}{{ end }}{{ end }}{{ end }}{{ template "r" 1 }}',
        /template: sidecar:4:\d+: executing "r" at <\{\{template "r" 1\}\}>: (exceeded the call stack at template depth \d+: templates call and nest too deep|exceeded maximum template depth \(2000\))/,
      ],
    ];
    for (const [body, message] of cases) {
      const r = await runBin(['-q', '-f', '-', '--inject-config', injectConfig(body)], { stdin: POD, timeoutMs: 60_000 });
      expect(r.code, `${body.slice(0, 60)}: ${r.stderr.slice(0, 300)}`).toBe(2);
      expect(r.stderr, body.slice(0, 60)).toMatch(message);
      expect(r.stderr).not.toContain('internal error');
    }
  }, 200_000);

  it('runs at 999 levels', () => {
    expect(run('{{ if 1 }}'.repeat(999) + 'x' + '{{ end }}'.repeat(999), {})).toBe('x');
  });
});

