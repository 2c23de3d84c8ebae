/**
 * fast-check generators for manifest streams: mixtures of Deployments, Pods, CronJobs,
 * Services, ConfigMaps and Lists with random names, labels, annotations, containers, ports;
 * comments (before documents, on their own lines, after values, after `---`); block scalars
 * that contain `---` and `...`; empty and comment-only documents; JSON documents; CRLF line
 * ends; a missing final line break.
 *
 * Every generated object is a valid Kubernetes object (the validity property checks that of
 * the input first), so whatever is wrong with the output is kube-inject's doing.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { IGNORED_NAMESPACES } from '../../src/istio/policy.js';

export type Obj = Record<string, unknown>;

export type DocSpec =
  | {
      readonly type: 'object';
      readonly obj: Obj;
      /** Holds a pod template kube-inject may change (Deployment, Pod, CronJob, List with one). */
      readonly workload: boolean;
      readonly format: 'yaml' | 'json';
      /** Comment lines before the content. */
      readonly leading: readonly string[];
      /** Indexes (mod top-level line count) of top-level lines that get ` # …` after them. */
      readonly inlineAt: readonly number[];
      /** Indexes (mod top-level line count, never the first) before which a `# …` line goes. */
      readonly fullLineAt: readonly number[];
    }
  | { readonly type: 'empty' }
  | { readonly type: 'comment'; readonly lines: readonly string[] };

export interface GeneratedStream {
  /** The whole stream, as kube-inject reads it. */
  readonly text: string;
  /** Each document with its own text (without the `---` line that opens it). */
  readonly docs: ReadonlyArray<{ readonly spec: DocSpec; readonly text: string }>;
  readonly crlf: boolean;
}

// ---------------------------------------------------------------------------------------------
// Scalars

export const dnsLabel = fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/).filter((s) => !s.startsWith('istio'));

/** Label values, YAML-hostile ones included (`on`, `0755`, `1e3` must stay strings). */
export const labelValue = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,10}[A-Za-z0-9])?$/),
  fc.constantFrom('yes', 'on', 'off', 'no', 'true', 'False', 'null', 'Null', '0755', '1e3', '0x1F', '1_000', '12:30', '2024-01-01'),
);
const labelKey = fc.oneof(fc.constantFrom('app.kubernetes.io/name', 'example.com/owner', 'tier', 'version', 'team'), dnsLabel);

/** Free text for annotations, env values and ConfigMap data: anything YAML has to quote. */
export const freeText = fc.oneof(
  labelValue,
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '- item',
    'key: value',
    '# not a comment',
    '---',
    '...',
    '--- # marker?',
    '{"json": true, "n": [1, 2]}',
    '[a, b]',
    '  leading spaces',
    'trailing spaces  ',
    'tab\there',
    'quote \' and "double"',
    '%YAML 1.2',
    '&anchor *alias',
    '!tag value',
    'line one\nline two',
    'a\n---\nb\n',
    'ends with newlines\n\n',
    '\nstarts with a newline',
  ),
);

/** Multi-line text that becomes a block scalar, with `---` and `...` lines inside. */
const blockText = fc
  .array(fc.oneof(fc.constantFrom('---', '...', '--- not a marker', '# hash line', '', 'key: value', '  indented'), fc.string({ maxLength: 30 })), { minLength: 2, maxLength: 6 })
  .map((lines) => lines.map((l) => l.replace(/\s+$/, '')).join('\n') + '\n');

const comment = fc.oneof(fc.constantFrom('# a comment', '#', '# ---', '# kind: Secret', '# apiVersion: v1', '#: colon'), fc.string({ maxLength: 30 }).map((s) => `# ${s.replace(/[\r\n]/g, ' ')}`));

// ---------------------------------------------------------------------------------------------
// Objects

const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 });
const annotations = fc.dictionary(fc.constantFrom('example.com/note', 'description', 'checksum/config', 'team.example.com/owner', 'notes'), freeText, { maxKeys: 3 });
const namespace = fc.option(
  dnsLabel.filter((n) => !IGNORED_NAMESPACES.has(n)),
  { nil: undefined },
);

function metadata(name: string | undefined, ns: string | undefined, l: Obj, a: Obj): Obj {
  const m: Obj = {};
  if (name !== undefined) m['name'] = name;
  if (ns !== undefined) m['namespace'] = ns;
  if (Object.keys(l).length > 0) m['labels'] = l;
  if (Object.keys(a).length > 0) m['annotations'] = a;
  return m;
}

const resources = fc.option(
  fc.record(
    {
      limits: fc.record({ cpu: fc.constantFrom('1', '500m', '2', '0.5'), memory: fc.constantFrom('256Mi', '1Gi', '512M') }, { requiredKeys: [] }),
      requests: fc.record({ cpu: fc.constantFrom('100m', '250m', '0.1'), memory: fc.constantFrom('64Mi', '128Mi') }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const env = fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,10}$/), value: freeText }), { selector: (e) => e.name, maxLength: 3 });

/** 1–3 containers with unique names and, across the pod, unique ports (none in Istio's 15000–15100). */
const containers = fc
  .record({
    names: fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 }),
    ports: fc.uniqueArray(fc.integer({ min: 1, max: 14999 }), { maxLength: 4 }),
    images: fc.array(fc.constantFrom('nginx', 'nginx:1.25', 'busybox', 'registry.example.com/team/app:v1.2.3', 'gcr.io/p/app@sha256:' + 'a'.repeat(64)), { minLength: 3, maxLength: 3 }),
    protocols: fc.array(fc.constantFrom(undefined, 'TCP', 'UDP'), { minLength: 4, maxLength: 4 }),
    env: fc.array(env, { minLength: 3, maxLength: 3 }),
    res: fc.array(resources, { minLength: 3, maxLength: 3 }),
    args: fc.array(fc.option(fc.array(freeText, { maxLength: 3 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
  })
  .map(({ names, ports, images, protocols, env: envs, res, args }) =>
    names.map((name, i) => {
      const c: Obj = { name, image: images[i]! };
      const mine = ports.filter((_, j) => j % names.length === i);
      if (mine.length > 0) {
        c['ports'] = mine.map((containerPort, k) => {
          const p: Obj = { containerPort, name: `p${containerPort}` };
          const protocol = protocols[k];
          if (protocol) p['protocol'] = protocol;
          return p;
        });
      }
      if (envs[i]!.length > 0) c['env'] = envs[i];
      if (res[i] && Object.keys(res[i]!).length > 0) c['resources'] = res[i];
      if (args[i]) c['args'] = args[i];
      return c;
    }),
  );

const podExtras = fc.record({
  optOut: fc.integer({ min: 0, max: 9 }).map((n) => n === 9), // rarely: sidecar.istio.io/inject: "false"
  serviceAccountName: fc.option(dnsLabel, { nil: undefined }),
});

function podSpec(cs: Obj[], extras: { serviceAccountName: string | undefined }, restartPolicy?: string): Obj {
  const spec: Obj = { containers: cs };
  if (extras.serviceAccountName) spec['serviceAccountName'] = extras.serviceAccountName;
  if (restartPolicy) spec['restartPolicy'] = restartPolicy;
  return spec;
}

function podAnnotations(a: Obj, optOut: boolean): Obj {
  return optOut ? { ...a, 'sidecar.istio.io/inject': 'false' } : a;
}

export const deployment = fc
  .record({ name: dnsLabel, ns: namespace, l: labels, a: annotations, podA: annotations, cs: containers, extras: podExtras, replicas: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) })
  .map(({ name, ns, l, a, podA, cs, extras, replicas }): Obj => {
    const selector = { app: name };
    const spec: Obj = { selector: { matchLabels: selector }, template: { metadata: metadata(undefined, undefined, { ...l, ...selector }, podAnnotations(podA, extras.optOut)), spec: podSpec(cs, extras) } };
    if (replicas !== undefined) spec['replicas'] = replicas;
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: metadata(name, ns, l, a), spec };
  });

export const pod = fc.record({ name: dnsLabel, ns: namespace, l: labels, a: annotations, cs: containers, extras: podExtras }).map(
  ({ name, ns, l, a, cs, extras }): Obj => ({ apiVersion: 'v1', kind: 'Pod', metadata: metadata(name, ns, l, podAnnotations(a, extras.optOut)), spec: podSpec(cs, extras) }),
);

export const cronJob = fc
  .record({ name: dnsLabel, ns: namespace, l: labels, a: annotations, podL: labels, cs: containers, extras: podExtras, schedule: fc.constantFrom('*/5 * * * *', '0 3 * * 1', '@hourly') })
  .map(({ name, ns, l, a, podL, cs, extras, schedule }): Obj => {
    const template: Obj = { spec: podSpec(cs, extras, 'OnFailure') };
    const podMeta = metadata(undefined, undefined, podL, podAnnotations({}, extras.optOut));
    if (Object.keys(podMeta).length > 0) template['metadata'] = podMeta;
    return { apiVersion: 'batch/v1', kind: 'CronJob', metadata: metadata(name, ns, l, a), spec: { schedule, jobTemplate: { spec: { template } } } };
  });

export const service = fc
  .record({ name: dnsLabel, ns: namespace, l: labels, a: annotations, ports: fc.uniqueArray(fc.integer({ min: 1, max: 65535 }), { minLength: 1, maxLength: 3 }), named: fc.boolean() })
  .map(({ name, ns, l, a, ports, named }): Obj => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(name, ns, l, a),
    spec: {
      selector: { app: name },
      ports: ports.map((port, i) => (ports.length > 1 || named ? { name: `port-${i}`, port, targetPort: port } : { port })),
    },
  }));

export const configMap = fc
  .record({
    name: dnsLabel,
    ns: namespace,
    l: labels,
    a: annotations,
    data: fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,11}$/), fc.oneof(freeText, blockText), { maxKeys: 4 }),
  })
  .map(({ name, ns, l, a, data }): Obj => {
    const cm: Obj = { apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata(name, ns, l, a) };
    if (Object.keys(data).length > 0) cm['data'] = data;
    return cm;
  });

export const list = fc.array(fc.oneof(configMap, service, deployment), { maxLength: 3 }).map((items): Obj => ({ apiVersion: 'v1', kind: 'List', items }));

export function isWorkload(obj: Obj): boolean {
  if (obj['kind'] === 'List') return (obj['items'] as Obj[]).some(isWorkload);
  return obj['kind'] === 'Deployment' || obj['kind'] === 'Pod' || obj['kind'] === 'CronJob';
}

// ---------------------------------------------------------------------------------------------
// Documents and streams

const objectDoc = (objects: fc.Arbitrary<Obj>): fc.Arbitrary<DocSpec> =>
  fc
    .record({
      obj: objects,
      json: fc.integer({ min: 0, max: 9 }).map((n) => n === 9), // shrinks towards YAML
      leading: fc.array(comment, { maxLength: 2 }),
      inlineAt: fc.array(fc.nat(), { maxLength: 2 }),
      fullLineAt: fc.array(fc.nat(), { maxLength: 2 }),
    })
    .map(({ obj, json, leading, inlineAt, fullLineAt }) => ({ type: 'object', obj, workload: isWorkload(obj), format: json ? 'json' : 'yaml', leading, inlineAt, fullLineAt }));

const emptyDoc: fc.Arbitrary<DocSpec> = fc.constant({ type: 'empty' });
const commentDoc: fc.Arbitrary<DocSpec> = fc.array(comment, { minLength: 1, maxLength: 3 }).map((lines) => ({ type: 'comment', lines }));

export const untouchedObject = fc.oneof(configMap, service, list.filter((l) => !isWorkload(l)));
export const anyObject = fc.oneof(
  { arbitrary: deployment, weight: 3 },
  { arbitrary: pod, weight: 2 },
  { arbitrary: cronJob, weight: 2 },
  { arbitrary: service, weight: 2 },
  { arbitrary: configMap, weight: 2 },
  { arbitrary: list, weight: 1 },
);

/** The text of one document, without the `---` line that opens it; `\n` line ends. */
export function renderDoc(spec: DocSpec): string {
  if (spec.type === 'empty') return '';
  if (spec.type === 'comment') return spec.lines.map((l) => l + '\n').join('');
  const head = spec.leading.map((l) => l + '\n').join('');
  if (spec.format === 'json') return head + JSON.stringify(spec.obj, null, 2) + '\n';
  const lines = dump(spec.obj, { lineWidth: -1, noRefs: true }).replace(/\n$/, '').split('\n');
  // Top-level keys: lines at column 0 (block scalar content is always indented).
  const top = lines.map((l, i) => (/^[A-Za-z"']/.test(l) ? i : -1)).filter((i) => i >= 0);
  const inline = new Set(spec.inlineAt.map((n) => top[n % top.length]!));
  const before = new Set(spec.fullLineAt.map((n) => top[n % top.length]!).filter((i) => i > 0));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (before.has(i)) out.push('# between keys');
    out.push(inline.has(i) ? `${l} # after a value` : l);
  });
  return head + out.join('\n') + '\n';
}

export interface StreamOptions {
  readonly objects?: fc.Arbitrary<Obj>;
  readonly minDocs?: number;
  readonly maxDocs?: number;
  /**
   * `'some'` (the default): at least one document has content, since kube-inject refuses a run
   * with no manifest at all; `'none'`: only empty and comment-only documents.
   */
  readonly content?: 'some' | 'none';
}

export function manifestStream(options: StreamOptions = {}): fc.Arbitrary<GeneratedStream> {
  const objects = options.objects ?? anyObject;
  const doc =
    options.content === 'none'
      ? fc.oneof(emptyDoc, commentDoc)
      : fc.oneof({ arbitrary: objectDoc(objects), weight: 6 }, { arbitrary: emptyDoc, weight: 1 }, { arbitrary: commentDoc, weight: 1 });
  const docs = fc.array(doc, { minLength: options.minDocs ?? 1, maxLength: options.maxDocs ?? 6 });
  return fc
    .record({
      docs: options.content === 'none' ? docs : docs.filter((ds) => ds.some((d) => d.type === 'object')),
      firstMarker: fc.boolean(),
      header: fc.array(comment, { maxLength: 2 }),
      markerComments: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
      crlf: fc.integer({ min: 0, max: 3 }).map((n) => n === 3), // shrinks towards LF
      finalNewline: fc.integer({ min: 0, max: 4 }).map((n) => n !== 4),
    })
    .map(({ docs, firstMarker, header, markerComments, crlf, finalNewline }) => {
      // A document before the first marker must have content, or YAML does not count it.
      const explicitFirst = firstMarker || docs[0]!.type !== 'object';
      const eol = (s: string): string => (crlf ? s.replace(/\n/g, '\r\n') : s);
      const rendered = docs.map((spec) => ({ spec, text: eol(renderDoc(spec)) }));
      let text = explicitFirst ? eol(header.map((h) => h + '\n').join('')) : '';
      rendered.forEach((d, i) => {
        if (i > 0 || explicitFirst) text += eol(markerComments[i % 8] ? '--- # document\n' : '---\n');
        text += d.text;
      });
      if (!finalNewline) text = text.replace(/\r?\n$/, '');
      return { text, docs: rendered, crlf };
    });
}
