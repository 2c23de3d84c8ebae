import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import { injectionFunctions, marshalGoJson, marshalGoYaml, sprigFunctions } from '../../src/render/functions.js';

const funcs = injectionFunctions({ getEnv: (k) => (k === 'SET' ? 'from-env' : undefined) });
const run = (src: string, data: unknown = {}): string => parseTemplate('t', src, { funcs, fieldResolver: goJsonFieldResolver }).execute(data);
const runSprig = (src: string, data: unknown = {}): string => parseTemplate('t', src, { funcs: sprigFunctions() }).execute(data);

describe('toYaml (sigs.k8s.io/yaml output)', () => {
  it('sorts keys, indents by two, does not indent lists under keys', () => {
    const v = { b: { y: 1, x: [1, 'two', { k: 'v', a: null }] }, a: [], c: {}, d: [[1, 2], []] };
    expect(marshalGoYaml(v)).toBe(
      ['a: []', 'b:', '  x:', '  - 1', '  - two', '  - a: null', '    k: v', '  "y": 1', 'c: {}', 'd:', '- - 1', '  - 2', '- []', ''].join('\n'),
    );
  });

  it('quotes strings that would read back as other types', () => {
    const v = ['true', 'yes', 'Off', 'null', '~', '', '1', '1.0', '0x1F', '1e3', '.5', '-1', '2001-12-14', '1:20', '+1', 'y', 'n', '.inf'];
    expect(marshalGoYaml(v)).toBe(v.map((s) => `- "${s}"`).join('\n') + '\n');
  });

  it('leaves plain strings plain and single-quotes indicator characters', () => {
    const out = marshalGoYaml({ s: ['hello world', 'a:b', 'a: b', '- x', '-x', '*', '#c', 'a #c', 'a#c', ' lead', 'trail ', "it's", '@x', '10m', 'v1.2', '1.2.3'] });
    expect(out).toBe(
      [
        's:',
        '- hello world',
        '- a:b',
        "- 'a: b'",
        "- '- x'",
        '- -x',
        "- '*'",
        "- '#c'",
        "- 'a #c'",
        '- a#c',
        "- ' lead'",
        "- 'trail '",
        "- it's",
        "- '@x'",
        '- 10m',
        '- v1.2',
        '- 1.2.3',
        '',
      ].join('\n'),
    );
  });

  it('double-quotes with escapes for control characters', () => {
    expect(marshalGoYaml({ t: 'a\tb', e: 'x\u0001' })).toBe('e: "x\\x01"\nt: "a\\tb"\n');
  });

  it('writes multi-line strings as literal blocks with chomping indicators', () => {
    expect(marshalGoYaml({ a: 'l1\nl2', b: 'l1\n', c: 'l1\n\n', d: ' x\ny' })).toBe('a: |-\n  l1\n  l2\nb: |\n  l1\nc: |+\n  l1\n\nd: |2-\n   x\n  y\n');
    expect(marshalGoYaml({ e: 'trailing \nspace' })).toBe('e: "trailing \\nspace"\n');
  });

  it('writes numbers as Go does after the JSON round trip', () => {
    expect(marshalGoYaml({ a: 1, b: 1.5, c: 1e21, d: 2n, e: 1234567.5, f: 0.000001, g: -0, h: 1e20 })).toBe(
      'a: 1\nb: 1.5\nc: 1e+21\nd: 2\ne: 1.2345675e+06\nf: 1e-06\ng: 0\nh: 1e+20\n',
    );
  });

  it("orders keys as yaml.v2's natural sort", () => {
    expect(Object.keys(load(marshalGoYaml({ a10: 1, a2: 2, b: 3, A: 4, _x: 5, '1': 6 })) as object)).toEqual(['1', '_x', 'A', 'a2', 'a10', 'b']);
  });

  it('folds long plain and quoted strings at 80 columns', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const out = marshalGoYaml({ k: words });
    expect(out.split('\n').length).toBeGreaterThan(2);
    expect(out.split('\n')[1]!.startsWith('  word')).toBe(true);
    expect(load(out)).toEqual({ k: words });
    const quoted = marshalGoYaml({ k: 'true ' + words });
    expect(load(quoted)).toEqual({ k: 'true ' + words });
  });

  it('writes scalars and empties at the top level', () => {
    expect(marshalGoYaml({})).toBe('{}\n');
    expect(marshalGoYaml([])).toBe('[]\n');
    expect(marshalGoYaml(null)).toBe('null\n');
    expect(marshalGoYaml('x')).toBe('x\n');
  });

  it('round-trips arbitrary JSON data through a YAML parser', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: fc.constantFrom('a', 'b', ' ', ':', '-', '#', '\n', "'", '"', '1', '.', 'e', '\t', '{', 'é', '*', '?', '|', 'y') }),
        fc.boolean(),
        fc.constant(null),
        fc.integer(),
        fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'b', '1', ' ', ':', '-', '.', 'y', 'n', '#') }), tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        // Wrapped: yaml.v2 writes a top-level block scalar with a leading space in a form that
        // js-yaml reads differently (Go and js-yaml disagree on the root's indentation).
        expect(load(marshalGoYaml({ v }))).toEqual({ v });
      }),
      { numRuns: 500 },
    );
  });

  it('is what the toYaml function returns, newline kept (Istio overrides sprig)', () => {
    expect(run('{{ toYaml .r }}', { r: { cpu: '100m' } })).toBe('cpu: 100m\n');
  });
});

describe('toJson family', () => {
  it('toJson sorts keys, escapes HTML and writes Go floats', () => {
    expect(run('{{ toJson . }}', { b: [1, 1.5, 1e21, 1e-7], a: '<&>', c: null })).toBe('{"a":"\\u003c\\u0026\\u003e","b":[1,1.5,1e+21,1e-7],"c":null}');
  });

  it('toRawJson does not escape HTML, toPrettyJson indents', () => {
    expect(run('{{ toRawJson . }}', { a: '<>' })).toBe('{"a":"<>"}');
    expect(run('{{ toPrettyJson . }}', { b: [1], a: {} })).toBe('{\n  "a": {},\n  "b": [\n    1\n  ]\n}');
  });

  it('structToJSON keeps field order, protoToJSON/toJSON/toJsonMap as Istio', () => {
    expect(run('{{ structToJSON . }}', { name: 'http', containerPort: 80 })).toBe('{"name":"http","containerPort":80}');
    expect(run('{{ structToJSON .missing }} {{ protoToJSON .missing }} {{ toJSON .missing }}')).toBe('{} {} {}');
    expect(run('{{ toJsonMap .a .b }}', { a: { x: '1', y: '2' }, b: { y: '3' } })).toBe('{"x":"1","y":"3"}');
    expect(run('{{ toJsonMap }}')).toBe('null');
  });

  it('marshalGoJson throws on NaN, and toJson then gives ""', () => {
    expect(() => marshalGoJson(NaN)).toThrow(/unsupported value/);
    expect(run('{{ toJson . }}', { a: NaN })).toBe('');
  });

  it('fromJSON parses (numbers are float64), invalid gives "{}"', () => {
    expect(run('{{ $m := fromJSON .s }}{{ $m.a }} {{ index $m.b 0 }} {{ fromJSON "nope" }}', { s: '{"a":1e6,"b":["x"]}' })).toBe('1e+06 x {}');
  });
});

describe('indent and friends', () => {
  it("Istio's indent leaves the first line alone", () => {
    expect(run('{{ indent 2 "a\\nb\\n" }}')).toBe('a\n  b\n  ');
  });

  it("sprig's indent and nindent pad every line", () => {
    expect(runSprig('{{ indent 2 "a\\nb" }}|{{ nindent 2 "a\\nb" }}')).toBe('  a\n  b|\n  a\n  b');
    expect(run('{{ toYaml .r | nindent 4 }}', { r: { a: 1 } })).toBe('\n    a: 1\n    ');
  });
});

describe('sprig functions', () => {
  it('strings', () => {
    expect(run('{{ "a" | quote }} {{ quote "x\\"y" 1 .missing }} {{ squote "a" }}')).toBe('"a" "x\\"y" "1" \'a\'');
    expect(run('{{ trunc 3 "abcdef" }} {{ trunc -2 "abcdef" }} {{ "abc-" | trimSuffix "-" }} {{ trimPrefix "a" "abc" }} {{ trim "  x \\n" }}')).toBe(
      'abc ef abc bc x',
    );
    expect(run('{{ upper "aB" }} {{ lower "aB" }} {{ title "hello wide-world" }} {{ replace "a" "b" "aXa" }} {{ repeat 3 "ab" }}')).toBe(
      'AB ab Hello Wide-World bXb ababab',
    );
    expect(run('{{ contains "/" "a/b" }} {{ contains "/" "ab" }} {{ hasPrefix "a" "abc" }} {{ hasSuffix "c" "abc" }}')).toBe('true false true true');
    expect(run('{{ $p := split "," "a,b" }}{{ $p._1 }} {{ splitList "," "a,b" }} {{ join "-" (list "a" 1 .missing "c") }}')).toBe('b [a b] a-1-c');
    expect(run('{{ b64enc "hi" }} {{ b64dec "aGk=" }} {{ toString 1.5 }} {{ toString .missing }} {{ atoi "42" }} {{ atoi "x" }}')).toBe(
      'aGk= hi 1.5 <nil> 42 0',
    );
    expect(run('{{ substr 1 3 "hello" }} {{ nospace "a b\\tc" }} {{ abbrev 5 "hello world" }} {{ plural "one" "many" 2 }} {{ cat "a" 1 .missing "b" }}')).toBe(
      'el abc he... many a 1 b',
    );
  });

  it('default, empty, coalesce, ternary', () => {
    expect(run('{{ .missing | default "d" }} {{ "" | default "d" }} {{ 0 | default 5 }} {{ "x" | default "d" }} {{ .l | default "e" }}', { l: [] })).toBe(
      'd d 5 x e',
    );
    expect(run('{{ empty "" }} {{ empty 0.0 }} {{ empty .m }} {{ empty .z }} {{ empty "x" }}', { m: {}, z: { a: 1 } })).toBe('true true true false false');
    expect(run('{{ coalesce "" .missing 0 "x" "y" }} {{ ternary "a" "b" true }} {{ ternary "a" "b" false }}')).toBe('x a b');
  });

  it('conversions and types', () => {
    expect(run('{{ int "12" }} {{ int 3.9 }} {{ int64 "0x10" }} {{ float64 "1.5" }} {{ add 1 2 3 }} {{ sub 5 2 }} {{ mul 2 3 }} {{ div 7 2 }} {{ mod 7 2 }}')).toBe(
      '12 3 16 1.5 6 3 6 3 1',
    );
    expect(run('{{ typeOf 1 }} {{ typeOf 1.5 }} {{ typeOf "s" }} {{ typeOf .l }} {{ kindOf .m }} {{ kindIs "slice" .l }} {{ kindIs "string" 1 }}', { l: [], m: {} })).toBe(
      'int float64 string []interface {} map true false',
    );
    expect(run('{{ max 1 5 3 }} {{ min 4 2 }} {{ until 3 }} {{ add1 1 }}')).toBe('5 2 [0 1 2] 2');
  });

  it('lists', () => {
    expect(run('{{ $l := list 1 2 }}{{ $l = append $l 3 }}{{ $l }} {{ first $l }} {{ last $l }} {{ rest $l }} {{ initial $l }} {{ reverse $l }}')).toBe(
      '[1 2 3] 1 3 [2 3] [1 2] [3 2 1]',
    );
    expect(run('{{ has 2 (list 1 2) }} {{ has "x" .missing }} {{ uniq (list 1 1 2) }} {{ without (list 1 2 3) 2 }} {{ compact (list "" "a" 0) }}')).toBe(
      'true false [1 2] [1 3] [a]',
    );
    expect(() => run('{{ append "x" 1 }}')).toThrow(/error calling append: Cannot push on type string/);
  });

  it('dicts', () => {
    const out = run(
      '{{ $d := dict "a" 1 "b" "x" }}{{ $_ := set $d "c" 3 }}{{ $_ := unset $d "a" }}{{ $d }} {{ hasKey $d "b" }} {{ keys $d }} {{ get $d "nope" }}|{{ pick $d "b" }}',
    );
    expect(out).toBe('map[b:x c:3] true [b c] |map[b:x]');
    expect(run('{{ merge .a .b }}', { a: { x: 1, n: { p: 1 } }, b: { x: 2, y: 3, n: { q: 2 } } })).toBe('map[n:map[p:1 q:2] x:1 y:3]');
    expect(run('{{ mergeOverwrite .a .b }}', { a: { x: 1 }, b: { x: 2 } })).toBe('map[x:2]');
    expect(run('{{ dig "a" "b" "def" . }} {{ dig "a" "z" "def" . }}', { a: { b: 'v' } })).toBe('v def');
  });

  it('regex', () => {
    expect(run('{{ regexMatch "^[a-z]+$" "abc" }} {{ regexMatch "^[a-z]+$" "ab1" }} {{ regexFind "[0-9]+" "a12b" }}')).toBe('true false 12');
    expect(run('{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }} {{ regexFindAll "[0-9]" "a1b2c3" 2 }}')).toBe('-W-xxW- [1 2]');
  });

  it('errors from functions name the function', () => {
    expect(() => run('{{ indent "x" "y" }}')).toThrow(/error calling indent: wrong type for value; expected int; got/);
    expect(() => run('{{ fail "boom" }}')).toThrow(/error calling fail: boom/);
    expect(() => run('{{ div 1 0 }}')).toThrow(/integer divide by zero/);
  });
});

describe('Istio functions', () => {
  const meta = { annotations: { 'a/b': 'v', port: '15021' } };

  it('annotation, isset, valueOrDefault', () => {
    expect(run('{{ annotation .m "a/b" "d" }} {{ annotation .m "x" "d" }} {{ annotation .m "x" 15020.0 }} {{ annotation .m "x" .missing }}', { m: meta })).toBe(
      'v d 15020 <nil>',
    );
    expect(run('{{ isset .m.annotations "a/b" }} {{ isset .m.annotations "x" }} {{ isset .missing "x" }}', { m: meta })).toBe('true false false');
    expect(run('{{ valueOrDefault "" "d" }} {{ valueOrDefault .missing "d" }} {{ valueOrDefault "v" "d" }} {{ valueOrDefault 0 "d" }}')).toBe('d d v 0');
  });

  it('excludeInboundPort', () => {
    expect(run('{{ excludeInboundPort "15020" "" }}|{{ excludeInboundPort 15020.0 "1,2" }}|{{ excludeInboundPort "2" "1,2" }}|{{ excludeInboundPort "0" "1" }}')).toBe(
      '15020|1,2,15020|1,2|1',
    );
  });

  it('contains takes (needle, haystack), like sprig', () => {
    expect(run('{{ contains "/" "docker.io/x" }} {{ contains "docker.io/x" "/" }}')).toBe('true false');
  });

  it('strdict, omit, mergeMaps, toLower, directory, env', () => {
    expect(run('{{ strdict "a" "1" "b" }}')).toBe('map[a:1 b:]');
    expect(run('{{ omit .m "a" "c" }}', { m: { a: '1', b: '2', c: '3' } })).toBe('map[b:2]');
    expect(run('{{ mergeMaps .a .b }}', { a: { x: '1' }, b: { x: '2', y: '3' } })).toBe('map[x:2 y:3]');
    expect(run('{{ toLower "ABC" }} {{ directory "/etc/certs/ca.pem" }} {{ directory "file" }}|')).toBe('abc /etc/certs/ |');
    expect(run('{{ env "SET" "d" }} {{ env "UNSET" "d" }}')).toBe('from-env d');
  });

  it('omitNil drops nils recursively', () => {
    expect(run('{{ toYaml (omitNil .r) }}', { r: { limits: { cpu: null, memory: '1Gi' }, requests: { cpu: null }, l: [null, 1] } })).toBe(
      'l:\n- 1\nlimits:\n  memory: 1Gi\n',
    );
    expect(run('{{ omitNil .missing }}')).toBe('<no value>');
  });

  it('appendMultusNetwork', () => {
    expect(run('{{ appendMultusNetwork "" "default/istio-cni" }}')).toBe('default/istio-cni');
    expect(run('{{ appendMultusNetwork "a, b" "default/istio-cni" }}')).toBe('a, b, default/istio-cni');
    expect(run('{{ appendMultusNetwork "a, default/istio-cni" "default/istio-cni" }}')).toBe('a, default/istio-cni');
    expect(run('{{ appendMultusNetwork .j "default/istio-cni" }}', { j: '[{"name": "a"}]' })).toBe(
      '[{"name": "a"}, {"name": "istio-cni", "namespace": "default"}]',
    );
  });

  it('application and inbound ports', () => {
    const cs = [
      { name: 'app', ports: [{ containerPort: 80 }, { containerPort: 53, protocol: 'UDP' }] },
      { name: 'istio-proxy', ports: [{ containerPort: 15090 }] },
    ];
    expect(run('{{ applicationPorts . }} {{ includeInboundPorts . }}', cs)).toBe('80 80,15090');
  });

  it('formatDuration prints Go durations', () => {
    expect(run('{{ formatDuration "5s" }} {{ formatDuration "0.5s" }} {{ formatDuration "3725s" }} {{ formatDuration "0s" }}')).toBe('5s 500ms 1h2m5s 0s');
  });

  it('otelResourceAttributes', () => {
    const mc = { extensionProviders: [{ name: 'otel', opentelemetry: { serviceAttributeEnrichment: 'OTEL_SEMANTIC_CONVENTIONS' } }] };
    const d = { mc, ann: {}, labels: {}, cs: [{ name: 'app', image: 'nginx:1.21@sha256:abc' }] };
    expect(run('{{ otelResourceAttributes .mc .ann .labels "ns" .cs }}', d)).toBe(
      'service.namespace=ns,service.version=1.21@sha256:abc,service.instance.id=ns.$(POD_NAME).app',
    );
    expect(run('{{ otelResourceAttributes .mc .ann .labels "ns" .cs }}', { ...d, mc: {} })).toBe('');
  });
});
