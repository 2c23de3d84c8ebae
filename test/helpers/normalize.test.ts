/**
 * The normaliser is the judge of conformance, so it is tested on its own: it must accept what
 * the README forgives and nothing else (two different manifests must not normalise equal).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { canonicalQuantity, contentDocuments, fixIstioCronJob, normalizeManifest, normalizeStream, parseManifests } from './normalize.js';
import { locateConformanceData, missingDataMessage } from './shared.js';
import { planInjectCases } from '../conformance/cases.js';

const same = (a: string, b: string): void => expect(normalizeStream(a)).toEqual(normalizeStream(b));
const differ = (a: string, b: string): void => expect(normalizeStream(a)).not.toEqual(normalizeStream(b));

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: p
  labels: {app: web}
spec:
  containers:
  - name: a
    image: nginx
    resources:
      limits: {cpu: "2", memory: 1Gi}
      requests: {cpu: 100m, memory: 128Mi}
    env:
    - name: PROXY_CONFIG
      value: '{"a":1,"b":[1,2]}'
    - name: OTHER
      value: '{"a":1}'
  - name: b
    image: busybox
`;

describe('normalizeManifest / normalizeStream', () => {
  it('ignores key order of mappings', () => {
    same('a: 1\nb: {c: 2, d: 3}\n', 'b: {d: 3, c: 2}\na: 1\n');
  });

  it('keeps the order of sequences', () => {
    differ('containers: [{name: a}, {name: b}]\n', 'containers: [{name: b}, {name: a}]\n');
    differ('args: [x, y]\n', 'args: [y, x]\n');
  });

  it('drops keys whose value is null or {} (Go zero values), bottom-up', () => {
    same(
      'metadata: {name: x, creationTimestamp: null}\nspec: {strategy: {}, template: {spec: {containers: [{name: c, resources: {}}]}}}\nstatus: {}\n',
      'metadata: {name: x}\nspec: {template: {spec: {containers: [{name: c}]}}}\n',
    );
    same('a: {b: {c: null}}\nd: 1\n', 'd: 1\n');
  });

  it('does not drop empty sequences, empty strings, zero or false', () => {
    differ('a: []\nx: 1\n', 'x: 1\n');
    differ('a: ""\nx: 1\n', 'x: 1\n');
    differ('a: 0\nx: 1\n', 'x: 1\n');
    differ('a: false\nx: 1\n', 'x: 1\n');
  });

  it('compares resource quantities by value', () => {
    same('resources: {limits: {cpu: "2", memory: 1Gi}}\n', 'resources: {limits: {cpu: 2000m, memory: 1024Mi}}\n');
    same('resources: {requests: {cpu: 0.5}}\n', 'resources: {requests: {cpu: 500m}}\n');
    same('resources: {requests: {cpu: 2}}\n', 'resources: {requests: {cpu: "2"}}\n');
    same('emptyDir: {sizeLimit: 1Gi}\n', 'emptyDir: {sizeLimit: 1073741824}\n');
    same('resourceFieldRef: {divisor: "1", resource: limits.cpu}\n', 'resourceFieldRef: {divisor: 1000m, resource: limits.cpu}\n');
    differ('resources: {limits: {cpu: "2"}}\n', 'resources: {limits: {cpu: 2001m}}\n');
    differ('resources: {limits: {memory: 1Gi}}\n', 'resources: {limits: {memory: 1G}}\n');
    differ('resources: {limits: {cpu: "1"}}\n', 'resources: {limits: {memory: "1"}}\n');
  });

  it('compares as quantities only where quantities live', () => {
    differ('metadata: {labels: {cpu: "2"}}\n', 'metadata: {labels: {cpu: 2000m}}\n');
    differ('spec: {limits: {cpu: "2"}}\n', 'spec: {limits: {cpu: 2000m}}\n');
  });

  it('keeps a value that is not a quantity as it is', () => {
    expect(canonicalQuantity('lots')).toBe('lots');
    differ('resources: {limits: {cpu: lots}}\n', 'resources: {limits: {cpu: many}}\n');
    expect(canonicalQuantity('100m')).toBe('quantity(0.1)');
    expect(canonicalQuantity('1Gi')).toBe('quantity(1073741824)');
  });

  it('compares the sidecar.istio.io/status annotation as parsed JSON', () => {
    same(
      `metadata: {annotations: {sidecar.istio.io/status: '{"initContainers":["istio-init"],"containers":null,"revision":"default"}'}}\n`,
      `metadata: {annotations: {sidecar.istio.io/status: '{ "revision": "default", "containers": null, "initContainers": [ "istio-init" ] }'}}\n`,
    );
    differ(
      `metadata: {annotations: {sidecar.istio.io/status: '{"initContainers":["istio-init"],"containers":null}'}}\n`,
      `metadata: {annotations: {sidecar.istio.io/status: '{"initContainers":["istio-init"],"containers":[]}'}}\n`,
    );
    differ(
      `metadata: {annotations: {sidecar.istio.io/status: '{"initContainers":["a","b"]}'}}\n`,
      `metadata: {annotations: {sidecar.istio.io/status: '{"initContainers":["b","a"]}'}}\n`,
    );
  });

  it('compares the JSON env values (PROXY_CONFIG, ISTIO_META_POD_PORTS, …) as parsed JSON, and only those', () => {
    const reformatted = POD.replace(`'{"a":1,"b":[1,2]}'`, '"{\\n  \\"b\\": [1, 2],\\n  \\"a\\": 1\\n}\\n"');
    expect(reformatted).not.toBe(POD);
    same(POD, reformatted);
    differ(POD, POD.replace(`'{"a":1,"b":[1,2]}'`, `'{"a":1,"b":[2,1]}'`));
    differ(POD, POD.replace(`value: '{"a":1}'`, `value: '{ "a": 1 }'`));
    same(
      'env: [{name: ISTIO_META_POD_PORTS, value: "[\\n    {\\"name\\":\\"http\\",\\"containerPort\\":80}\\n]"}]\n',
      'env: [{name: ISTIO_META_POD_PORTS, value: "[{\\"containerPort\\":80,\\"name\\":\\"http\\"}]"}]\n',
    );
    differ(
      'env: [{name: ISTIO_KUBE_APP_PROBERS, value: "{\\"/app-health/a/readyz\\":{\\"httpGet\\":{\\"port\\":80}}}"}]\n',
      'env: [{name: ISTIO_KUBE_APP_PROBERS, value: "{\\"/app-health/a/readyz\\":{\\"httpGet\\":{\\"port\\":81}}}"}]\n',
    );
  });

  it('keeps a JSON value that does not parse, so it still differs from another', () => {
    differ(`metadata: {annotations: {sidecar.istio.io/status: '{broken'}}\n`, `metadata: {annotations: {sidecar.istio.io/status: '{broken!'}}\n`);
    same(`metadata: {annotations: {sidecar.istio.io/status: '{broken'}}\n`, `metadata: {annotations: {sidecar.istio.io/status: '{broken'}}\n`);
  });

  it('tells apart two different manifests', () => {
    differ(POD, POD.replace('image: nginx', 'image: nginx:1.25'));
    differ(POD, POD.replace('name: p\n', 'name: q\n'));
    differ(POD, POD.replace('  - name: b\n    image: busybox\n', ''));
    differ(POD, POD + '  hostNetwork: true\n');
    differ(POD, POD.replace('{app: web}', '{app: web, extra: "1"}'));
    differ('a: "1"\n', 'a: 1\n');
    differ('a: "true"\n', 'a: true\n');
  });

  it('reads YAML as Kubernetes does (YAML 1.1: octal 0755, on/off booleans)', () => {
    expect(parseManifests('a: 0755\nb: on\nc: "0755"\n')).toEqual([{ a: 493, b: true, c: '0755' }]);
    same('defaultMode: 0644\n', 'defaultMode: 420\n');
  });

  it('leaves out empty and comment-only documents', () => {
    expect(normalizeStream('a: 1\n---\n# only a comment\n---\n---\nb: 2\n---\n')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(contentDocuments([null, 1, undefined, 0])).toEqual([1, 0]);
  });

  it('does not change its input', () => {
    const doc = parseManifests(POD)[0];
    const before = structuredClone(doc);
    normalizeManifest(doc);
    expect(doc).toEqual(before);
  });
});

describe('fixIstioCronJob (rule 5: Istio writes the pod metadata to spec.jobTemplate.metadata)', () => {
  const golden = `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      labels: {service.istio.io/canonical-name: c}
      annotations: {sidecar.istio.io/status: '{"a":1}'}
    spec:
      template:
        metadata: {}
        spec: {containers: [{name: x}]}
`;
  const ours = `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          labels: {service.istio.io/canonical-name: c}
          annotations: {sidecar.istio.io/status: '{"a":1}'}
        spec: {containers: [{name: x}]}
`;

  it('moves the labels and annotations to the pod template, in the golden only', () => {
    expect(normalizeStream(ours)).toEqual(normalizeStream(golden, { golden: true }));
    expect(normalizeStream(ours)).not.toEqual(normalizeStream(golden));
  });

  it('does not forgive metadata left at spec.jobTemplate.metadata by kube-inject', () => {
    expect(normalizeStream(golden)).not.toEqual(normalizeStream(golden, { golden: true }));
  });

  it('keeps the Job labels the input itself had there', () => {
    const input = parseManifests('apiVersion: batch/v1\nkind: CronJob\nspec: {jobTemplate: {metadata: {labels: {team: a}}}}\n')[0];
    const g = parseManifests(golden.replace('labels: {service', 'labels: {team: a, service'))[0];
    const fixed = fixIstioCronJob(g, input) as { spec: { jobTemplate: { metadata: { labels: object }; spec: { template: { metadata: { labels: object } } } } } };
    expect(fixed.spec.jobTemplate.metadata.labels).toEqual({ team: 'a' });
    expect(fixed.spec.jobTemplate.spec.template.metadata.labels).toEqual({ 'service.istio.io/canonical-name': 'c' });
  });

  it('also fixes CronJobs inside a List, and leaves other kinds alone', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n${dump([parseManifests(golden)[0]])}`;
    const listOurs = `apiVersion: v1\nkind: List\nitems:\n${dump([parseManifests(ours)[0]])}`;
    expect(normalizeStream(listOurs)).toEqual(normalizeStream(list, { golden: true }));
    const job = golden.replace('kind: CronJob', 'kind: NotACronJob');
    expect(normalizeStream(job, { golden: true })).toEqual(normalizeStream(job));
  });
});

describe('the normaliser on the real goldens', () => {
  const loc = locateConformanceData();
  it('finds the conformance data (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const dir = join(loc.dir, 'inject');
  const goldens = planInjectCases(dir).cases.flatMap((c) => (c.kind === 'golden' ? [c] : []));

  it('accepts hello.yaml.injected rewritten with other key order, quoting and quantity spelling; rejects one changed env value', () => {
    const text = readFileSync(join(dir, 'hello.yaml.injected'), 'utf8');
    const reverse = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reverse) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverse(x)])) : v;
    const rewritten = dump(reverse(parseManifests(text)[0]), { lineWidth: -1, forceQuotes: true })
      .replace(/cpu: '2'/g, 'cpu: 2000m')
      .replace(/memory: '1Gi'/g, 'memory: 1024Mi');
    expect(rewritten).toContain('cpu: 2000m');
    expect(rewritten).toContain('memory: 1024Mi');
    expect(normalizeStream(rewritten)).toEqual(normalizeStream(text));
    const changed = text.replace('value: REDIRECT', 'value: TPROXY');
    expect(changed).not.toBe(text);
    expect(normalizeStream(changed)).not.toEqual(normalizeStream(text));
  });

  // Where Istio did not inject (host network, a Service, an opted-out pod …) its golden is just
  // the input re-serialised by Go: the rules must make the two equal. Where it injected, the
  // golden must stay different from the input: the rules must not hide an injection.
  for (const c of goldens) {
    it(`${c.id}: golden vs ${c.input} equal exactly when Istio left the input alone`, () => {
      const inputText = readFileSync(join(dir, c.input), 'utf8');
      const goldenText = readFileSync(join(dir, c.golden), 'utf8');
      const inputDocs = contentDocuments(parseManifests(inputText));
      const input = normalizeStream(inputText);
      const golden = normalizeStream(goldenText, { golden: true, inputDocs });
      const injectedByIstio = goldenText.includes('sidecar.istio.io/status') && !inputText.includes('sidecar.istio.io/status');
      const reinjected = inputText.includes('sidecar.istio.io/status');
      if (reinjected) expect(golden.length, 're-injection keeps the documents').toBe(input.length);
      else if (injectedByIstio) expect(golden, `${c.golden} must differ from ${c.input}`).not.toEqual(input);
      else expect(golden, `${c.golden} must equal ${c.input} under the comparison rules`).toEqual(input);
    });
  }
});
