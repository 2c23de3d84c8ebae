import { describe, expect, it } from 'vitest';
import { TemplateError, goJsonFieldResolver, parseTemplate, variadic } from '../../src/gotemplate/index.js';
import { run, runError } from './helpers.js';

describe('fields and variables', () => {
  const data = { Spec: { containers: [{ name: 'app' }] }, name: 'n', nums: { a: 1 }, nothing: null };

  it('walks field chains on objects and variables', () => {
    expect(run('{{ .name }} {{ .nums.a }}', data)).toBe('n 1');
    expect(run('{{ $s := .Spec }}{{ (index $s.containers 0).name }}', data)).toBe('app');
    expect(run('{{ with .Spec }}{{ $.name }}{{ end }}', data)).toBe('n');
  });

  it('prints <no value> for missing keys and nil values, Go-style', () => {
    expect(run('{{ .missing }}|{{ .missing.deeper }}|{{ .nothing }}', data)).toBe('<no value>|<no value>|<no value>');
    expect(run('{{ printf "%v" .missing }}', data)).toBe('<nil>');
  });

  it('asks the field resolver for Go names', () => {
    const d = { ObjectMeta: { annotations: { a: 'b' } }, spec: { dnsPolicy: 'x', containers: [{ imagePullPolicy: 'Always' }] } };
    expect(run('{{ .ObjectMeta.Annotations.a }} {{ .Spec.DNSPolicy }} {{ (index .Spec.Containers 0).ImagePullPolicy }}', d)).toBe(
      'b x Always',
    );
  });

  it('without a resolver, only exact keys match', () => {
    expect(parseTemplate('t', '{{ .Spec }}').execute({ spec: 1 })).toBe('<no value>');
  });

  it('calls functions the resolver returns as methods, with arguments', () => {
    const resolver = (recv: unknown, name: string) =>
      name === 'Greet' ? (who: string) => `hi ${who} from ${(recv as { n: string }).n}` : name === 'Ok' ? () => true : undefined;
    const t = parseTemplate('t', '{{ .Greet "bob" }} {{ "al" | .Greet }} {{ .Ok }} {{ .Nope }}', { fieldResolver: resolver });
    expect(t.execute({ n: 'x' })).toBe('hi bob from x hi al from x true <no value>');
  });

  it('treats function values in the data as values, not methods', () => {
    expect(runError('{{ .f 1 }}', { f: () => 1 })).toContain('f is not a method but has arguments');
  });

  it('does not treat Object.prototype names as fields', () => {
    expect(run('{{ .constructor }}|{{ .toString }}', {})).toBe('<no value>|<no value>');
  });

  it('errors on fields of non-maps, and on arguments to non-methods', () => {
    expect(runError('{{ .a.b }}', { a: 'str' })).toContain("can't evaluate field b in type string");
    expect(runError('{{ .a 1 }}', { a: 'x' })).toContain('a is not a method but has arguments');
    expect(runError('{{ $x := 1 }}{{ $x 2 }}')).toContain("can't give argument to non-function $x");
  });

  it('assigns with = and declares with :=', () => {
    expect(run('{{ $x := 1 }}{{ if true }}{{ $x = 2 }}{{ $y := 3 }}{{ end }}{{ $x }}')).toBe('2');
    expect(run('{{ $x := 1 }}{{ if true }}{{ $x := 2 }}{{ end }}{{ $x }}')).toBe('1');
  });
});

describe('control structures', () => {
  it('if / else if / else with Go truthiness', () => {
    const t = '{{ if .v }}T{{ else if .w }}W{{ else }}F{{ end }}';
    for (const v of [false, 0, 0.0, '', null, [], {}]) expect(run(t, { v })).toBe('F');
    for (const v of [true, 1, -0.5, 'x', [0], { a: null }]) expect(run(t, { v })).toBe('T');
    expect(run(t, { v: 0, w: 1 })).toBe('W');
  });

  it('with / else with / else', () => {
    const t = '{{ with .a }}a={{ . }}{{ else with .b }}b={{ . }}{{ else }}none{{ end }}';
    expect(run(t, { a: 1 })).toBe('a=1');
    expect(run(t, { b: 'x' })).toBe('b=x');
    expect(run(t, {})).toBe('none');
  });

  it('ranges over lists with index and element, and else', () => {
    expect(run('{{ range $i, $v := .l }}{{ $i }}:{{ $v }} {{ end }}', { l: ['a', 'b'] })).toBe('0:a 1:b ');
    expect(run('{{ range $v := .l }}{{ $v }}{{ end }}', { l: ['a', 'b'] })).toBe('ab');
    expect(run('{{ range .l }}{{ . }}{{ else }}empty{{ end }}', { l: [] })).toBe('empty');
    expect(run('{{ range .missing }}x{{ else }}nil{{ end }}', {})).toBe('nil');
  });

  it('ranges over maps in sorted key order', () => {
    expect(run('{{ range $k, $v := . }}{{ $k }}={{ $v }};{{ end }}', { b: 2, a: 1, C: 3 })).toBe('C=3;a=1;b=2;');
  });

  it('ranges over an integer', () => {
    expect(run('{{ range 3 }}{{ . }}{{ end }}')).toBe('012');
  });

  it('supports break and continue', () => {
    const t = '{{ range .l }}{{ if eq . 2.0 }}{{ continue }}{{ end }}{{ if eq . 4.0 }}{{ break }}{{ end }}{{ . }}{{ end }}';
    expect(run(t, { l: [1, 2, 3, 4, 5] })).toBe('13');
  });

  it('errors when ranging over a scalar', () => {
    expect(runError('{{ range .s }}{{ end }}', { s: 'abc' })).toContain("range can't iterate over abc");
  });

  it('define / template / block', () => {
    expect(run('{{ define "x" }}[{{ . }}]{{ end }}{{ template "x" "a" }}{{ template "x" }}')).toBe('[a][<no value>]');
    expect(run('{{ block "b" .n }}<{{ . }}>{{ end }}', { n: 5 })).toBe('<5>');
    expect(run('{{ define "r" }}{{ if . }}{{ . }}{{ template "r" (slice . 1) }}{{ end }}{{ end }}{{ template "r" .l }}', { l: ['a', 'b'] })).toBe(
      '[a b][b]',
    );
  });

  it('templates see only their own variables', () => {
    expect(() => parseTemplate('t', '{{ $x := 1 }}{{ define "d" }}{{ $x }}{{ end }}')).toThrow(/undefined variable "\$x"/);
  });

  it('executes a named entry template', () => {
    const t = parseTemplate('main', 'top{{ define "sub" }}sub:{{ .x }}{{ end }}');
    expect(t.templateNames().sort()).toEqual(['main', 'sub']);
    expect(t.execute({ x: 1 }, 'sub')).toBe('sub:1');
    expect(t.execute({})).toBe('top');
    expect(() => t.execute({}, 'nope')).toThrow(/no template "nope"/);
  });

  it('reports a call of an undefined template at execution', () => {
    expect(runError('{{ template "nope" }}')).toContain('template "nope" not defined');
  });
});

describe('builtins', () => {
  it('and/or return the deciding value and short-circuit', () => {
    const boom = { boom: () => { throw new Error('evaluated'); } };
    expect(run('{{ and 1 0 2 }}|{{ and 1 2 }}|{{ or 0 "" "x" }}|{{ or 0 "" }}', {})).toBe('0|2|x|');
    expect(run('{{ or 1 (boom) }}|{{ and 0 (boom) }}', {}, boom)).toBe('1|0');
    expect(run('{{ 0 | or 5 }}|{{ 3 | and 5 }}')).toBe('5|3');
  });

  it('not, len', () => {
    expect(run('{{ not 0 }} {{ not "x" }} {{ len "héllo" }} {{ len .l }} {{ len .m }}', { l: [1, 2], m: { a: 1 } })).toBe('true false 6 2 1');
    expect(runError('{{ len 3 }}')).toContain('error calling len: len of type int');
  });

  it('index into lists, maps and nested', () => {
    const d = { l: ['a', 'b'], m: { k: { n: 'deep' } } };
    expect(run('{{ index .l 1 }} {{ index .m "k" "n" }} {{ index .m "none" }}', d)).toBe('b deep <no value>');
    expect(run('{{ if index .m "none" }}yes{{ else }}no{{ end }} {{ index .m "none" | printf "%v" }}', d)).toBe('no <nil>');
    expect(runError('{{ index .l 5 }}', d)).toMatch(/executing "t" at <index .l 5>: error calling index: index out of range: 5$/);
    expect(runError('{{ index .m 1 }}', d)).toContain('error calling index: value has type int; should be string');
    expect(runError('{{ index .l "x" }}', d)).toContain('cannot index slice/array with type string');
    expect(runError('{{ index .l .f }}', { ...d, f: 1 })).toContain('cannot index slice/array with type float64');
  });

  it('slice lists and strings', () => {
    expect(run('{{ slice .l 1 }} {{ slice .l 0 1 }} {{ slice "hello" 1 3 }}', { l: [1, 2, 3] })).toBe('[2 3] [1] el');
  });

  it('print, println, printf', () => {
    expect(run('{{ print 1 2 "a" "b" 3 }}')).toBe('1 2ab3');
    expect(run('{{ println "a" 1 }}')).toBe('a 1\n');
    expect(run('{{ printf "%s-%d-%v-%q-%t-%5.2f-%x|%-3s|%03d" "s" 42 .m "q" true 3.14159 255 "a" 7 }}', { m: { b: 1, a: [1, 'x'] } })).toBe(
      's-42-map[a:[1 x] b:1]-"q"-true- 3.14-ff|a  |007',
    );
    expect(run('{{ printf "%d %s" 1 }}|{{ printf "%d" "x" }}|{{ printf "x" 1 }}')).toBe('1 %!s(MISSING)|%!d(string=x)|x%!(EXTRA int=1)');
  });

  it('eq with several arguments, ne, and ordering', () => {
    expect(run('{{ eq 1 2 3 1 }} {{ eq "a" "b" }} {{ ne 1 2 }} {{ lt 1 2 }} {{ le 2 2 }} {{ gt "b" "a" }} {{ ge 1.5 2.5 }}')).toBe(
      'true false true true true true false',
    );
    expect(run('{{ eq .missing "x" }} {{ eq .missing nil }}', {})).toBe('false true');
  });

  it('comparison errors as Go', () => {
    expect(runError('{{ eq 1 "1" }}')).toContain('error calling eq: incompatible types for comparison');
    expect(runError('{{ eq .f 1 }}', { f: 1 })).toContain('incompatible types for comparison');
    expect(runError('{{ lt true false }}')).toContain('invalid type for comparison');
    expect(runError('{{ lt .l .l }}', { l: [] })).toContain('invalid type for comparison');
    expect(runError('{{ eq .l .l }}', { l: [1] })).toContain('non-comparable type');
  });

  it('html, js, urlquery', () => {
    expect(run('{{ html "<a href=\\"x\\">&\'" }}')).toBe('&lt;a href=&#34;x&#34;&gt;&amp;&#39;');
    expect(run('{{ js "a\'b<\\n" }}')).toBe("a\\'b\\u003C\\u000A");
    expect(run('{{ urlquery "a b&c/é" }}')).toBe('a+b%26c%2F%C3%A9');
  });

  it('call invokes a function value', () => {
    expect(run('{{ call .f 2 3 }}', { f: (a: bigint, b: bigint) => a * b })).toBe('6');
    expect(runError('{{ call .f }}', { f: 1 })).toContain('error calling call');
  });
});

describe('functions and errors', () => {
  const funcs = {
    one: (a: unknown) => `<${String(a)}>`,
    many: variadic((a: unknown, ...rest: unknown[]) => [a, ...rest].length),
    fails: () => {
      throw new Error('it broke');
    },
  };

  it('passes the pipeline value as the last argument', () => {
    expect(run('{{ "x" | one }} {{ 1 | many 2 3 }}', {}, funcs)).toBe('<x> 3');
  });

  it('passes missing values as nil', () => {
    expect(run('{{ one .missing }}', {}, funcs)).toBe('<null>');
  });

  it('checks argument counts', () => {
    expect(runError('{{ one 1 2 }}', {}, funcs)).toContain('wrong number of args for one: want 1 got 2');
    expect(runError('{{ many }}', {}, funcs)).toContain('wrong number of args for many: want at least 1 got 0');
    expect(runError('{{ 1 | one 2 }}', {}, funcs)).toContain('wrong number of args for one: want 1 got 2');
  });

  it('locates execution errors', () => {
    let err: TemplateError | undefined;
    try {
      parseTemplate('file.yaml', 'line one\n  x: {{ fails }}', { funcs }).execute({});
    } catch (e) {
      err = e as TemplateError;
    }
    expect(err).toBeInstanceOf(TemplateError);
    expect(err!.phase).toBe('exec');
    expect(err!.templateLine).toBe(2);
    expect(err!.templateColumn).toBe(9);
    expect(err!.message).toBe('template: file.yaml:2:9: executing "file.yaml" at <fails>: error calling fails: it broke');
  });

  it('names the defined template that was executing', () => {
    const t = parseTemplate('main', '{{ define "inner" }}{{ index . 3 }}{{ end }}{{ template "inner" .l }}', {
      fieldResolver: goJsonFieldResolver,
    });
    expect(() => t.execute({ l: [] })).toThrow(/template: main:1:24: executing "inner" at <index \. 3>: error calling index: index out of range: 3/);
  });

  it('names the defined template of a branch that first runs after every template was compiled', () => {
    // Branches compile when they first run (src/gotemplate/exec.ts, `later`), by then after
    // "main" and "last": the error still names the template the branch is in, at its place.
    const text = '{{ define "inner" }}{{ if . }}{{ range . }}{{ with . }}{{ index . 3 }}{{ end }}{{ end }}{{ else }}x{{ end }}{{ end }}{{ template "inner" .l }}{{ define "last" }}{{ end }}';
    const t = parseTemplate('main', text, { fieldResolver: goJsonFieldResolver });
    expect(t.execute({ l: [] })).toBe('x');
    expect(() => t.execute({ l: [[1]] })).toThrow(/template: main:1:59: executing "inner" at <index \. 3>: error calling index: index out of range: 3/);
  });

  it('lets funcs override builtins', () => {
    expect(run('{{ len "abc" }}', {}, { len: (_s: unknown) => 'mine' })).toBe('mine');
  });
});
