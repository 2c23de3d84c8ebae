import { describe, expect, it } from 'vitest';
import { TemplateError, parseTemplate } from '../../src/gotemplate/index.js';
import { KubeInjectError } from '../../src/model/errors.js';
import { run, runError } from './helpers.js';

describe('text and trimming', () => {
  it('copies text without actions verbatim', () => {
    expect(run('hello\n  world\n')).toBe('hello\n  world\n');
    expect(run('')).toBe('');
  });

  it('trims whitespace with {{- and -}}', () => {
    expect(run('a  \n\t {{- "b" -}} \n  c')).toBe('abc');
    expect(run('a {{- "b" }} c')).toBe('ab c');
    expect(run('a {{ "b" -}} c')).toBe('a bc');
  });

  it('does not trim with a dash that is not followed by a space', () => {
    expect(run('a {{-3}} b')).toBe('a -3 b');
  });

  it('drops comments, with or without trimming', () => {
    expect(run('a {{/* c */}} b')).toBe('a  b');
    expect(run('a {{- /* multi\nline */ -}} b')).toBe('ab');
  });

  it('allows newlines inside actions', () => {
    expect(run('{{ and\n  true\n  "x" }}')).toBe('x');
  });
});

describe('constants', () => {
  it('prints strings with Go escapes and raw strings verbatim', () => {
    expect(run('{{ "a\\tb\\u00e9\\x41\\n" }}')).toBe('a\tbéA\n');
    expect(run('{{ `a\\n"b"` }}')).toBe('a\\n"b"');
  });

  it('prints numbers: integer literals as int, others as float64', () => {
    expect(run('{{ 1000000 }} {{ 1e6 }} {{ 1.5 }} {{ -7 }} {{ 0x1F }} {{ 0o17 }} {{ 017 }} {{ 1_000 }}')).toBe(
      '1000000 1e+06 1.5 -7 31 15 15 1000',
    );
  });

  it('treats character constants as ints', () => {
    expect(run("{{ 'a' }} {{ '\\n' }}")).toBe('97 10');
  });

  it('prints booleans', () => {
    expect(run('{{ true }} {{ false }}')).toBe('true false');
  });

  it('rejects nil as a command', () => {
    expect(runError('{{ nil }}')).toContain('nil is not a command');
  });
});

describe('parse errors', () => {
  const parseError = (src: string): TemplateError => {
    try {
      parseTemplate('my.tpl', src);
    } catch (e) {
      return e as TemplateError;
    }
    throw new Error('expected a parse error');
  };

  it('reports an unclosed action with its position', () => {
    const e = parseError('line1\n  {{ .A ');
    expect(e).toBeInstanceOf(TemplateError);
    expect(e).toBeInstanceOf(KubeInjectError);
    expect(e.code).toBe('template');
    expect(e.phase).toBe('parse');
    expect(e.templateName).toBe('my.tpl');
    expect(e.templateLine).toBe(2);
    expect(e.templateColumn).toBe(3);
    expect(e.message).toBe('template: my.tpl:2:3: unclosed action');
  });

  it('reports an unknown function', () => {
    const e = parseError('ok\n{{ nosuch 1 }}');
    expect(e.message).toBe('template: my.tpl:2:4: function "nosuch" not defined');
  });

  it('reports an undefined variable', () => {
    expect(parseError('{{ $x }}').message).toContain('undefined variable "$x"');
    expect(parseError('{{ $x = 1 }}').message).toContain('undefined variable "$x"');
  });

  it('scopes variables to their control structure', () => {
    expect(parseError('{{ if true }}{{ $x := 1 }}{{ end }}{{ $x }}').message).toContain('undefined variable "$x"');
    expect(run('{{ with $x := 5 }}{{ $x }}{{ else }}{{ $x }}{{ end }}')).toBe('5');
  });

  it('reports missing and unexpected {{end}}', () => {
    expect(parseError('{{ if true }}x').message).toContain('unexpected EOF');
    expect(parseError('x{{ end }}').message).toContain('unexpected {{end}}');
  });

  it('reports bad syntax', () => {
    expect(parseError('{{ "a" | "b" }}').message).toContain('non executable command in pipeline stage 2');
    expect(parseError('{{ 3x }}').message).toContain('bad number syntax');
    expect(parseError('{{ "abc }}').message).toContain('unterminated quoted string');
    expect(parseError('{{ (1 }}').message).toContain('unclosed left paren');
    expect(parseError('{{ break }}').message).toContain('{{break}} outside {{range}}');
    expect(parseError('{{/* x */ y }}').message).toContain('comment ends before closing delimiter');
    expect(parseError('{{ }}').message).toContain('missing value for command');
  });

  it('rejects two non-empty definitions of one template', () => {
    expect(parseError('{{ define "a" }}1{{ end }}{{ define "a" }}2{{ end }}').message).toContain('multiple definition of template "a"');
  });
});
