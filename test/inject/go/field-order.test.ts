/**
 * `orderLikeGo`: the user's keys keep the user's order; keys injection adds follow in Go struct
 * field order (what istioctl prints). Checked on hand-made pods, against the field order of
 * Istio's own goldens, and on the engine's output for every golden case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from '../../../src/inject/go/k8s-field-order.json' with { type: 'json' };
import { orderLikeGo } from '../../../src/inject/go/field-order.js';
import { GO_STRUCTS, structOf } from '../../../src/inject/go/structs.js';
import { locateWorkloads } from '../../../src/locate/workloads.js';
import { getAt } from '../../../src/model/pointer.js';
import { planInjectCases } from '../../conformance/cases.js';
import { contentDocuments, parseManifests } from '../../helpers/normalize.js';
import { locateConformanceData, missingDataMessage } from '../../helpers/shared.js';
import { istioSetup } from '../engine-setup.js';

type Obj = Record<string, unknown>;
const TYPES = (table as { types: Record<string, Record<string, string>> }).types;

/** Every map's keys, depth first, as `pointer: k1 k2 …` lines (the order is what is compared). */
function keyOrder(v: unknown, at = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => keyOrder(x, `${at}/${i}`));
  if (v === null || typeof v !== 'object') return [];
  return [`${at || '/'}: ${Object.keys(v).join(' ')}`, ...Object.entries(v).flatMap(([k, x]) => keyOrder(x, `${at}/${k}`))];
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

const GO_CONTAINER = Object.keys(TYPES.Container!);
/** `keys` are in Go order for `type` (all of them known to the table). */
function inGoOrder(keys: string[], type: string): boolean {
  const fields = Object.keys(TYPES[type]!);
  const ranks = keys.map((k) => fields.indexOf(k));
  return ranks.every((r, i) => r >= 0 && (i === 0 || ranks[i - 1]! < r));
}

describe('orderLikeGo on hand-made pods', () => {
  // The user's pod, keys in an order Go would not use.
  const userPod = (): Obj => ({
    spec: {
      containers: [
        {
          image: 'app:1',
          name: 'app',
          ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
          env: [{ value: '1', name: 'A' }],
        },
      ],
      restartPolicy: 'Always',
    },
    metadata: { labels: { zeta: 'z', app: 'a' }, annotations: { 'z.example/x': '1', 'a.example/y': '2' } },
  });
  // A new container as a template might write it: keys in no particular order.
  const proxy = (): Obj => ({
    securityContext: { runAsUser: 1337, capabilities: { drop: ['ALL'] }, allowPrivilegeEscalation: false },
    readinessProbe: { periodSeconds: 15, httpGet: { port: 15021, path: '/healthz/ready' } },
    env: [{ valueFrom: { fieldRef: { fieldPath: 'metadata.name' } }, name: 'POD_NAME' }],
    volumeMounts: [{ mountPath: '/etc/istio/proxy', name: 'istio-envoy' }],
    ports: [{ protocol: 'TCP', containerPort: 15090, name: 'http-envoy-prom' }],
    args: ['proxy', 'sidecar'],
    image: 'proxyv2',
    name: 'istio-proxy',
    resources: { requests: { memory: '128Mi', cpu: '100m' } },
  });
  // The injected pod: everything a fresh object (as the merge returns it), keys in the order
  // the merge and the template left them.
  const injected = (): Obj => {
    const pod = structuredClone(userPod()) as { spec: Obj; metadata: { labels: Obj; annotations: Obj } };
    const app = (pod.spec.containers as Obj[])[0]!;
    // New keys in an existing container, added in non-Go order; the user's keys shuffled too.
    const appOut: Obj = { securityContext: { runAsNonRoot: true }, name: 'app', env: app.env, image: 'app:1', ports: app.ports, volumeMounts: [{ mountPath: '/x', name: 'x' }] };
    return {
      metadata: {
        annotations: { 'sidecar.istio.io/status': '{}', 'a.example/y': '2', 'z.example/x': '1' },
        labels: { 'service.istio.io/canonical-name': 'app', app: 'a', zeta: 'z', 'security.istio.io/tlsMode': 'istio' },
      },
      spec: {
        volumes: [{ emptyDir: { medium: 'Memory' }, name: 'istio-envoy' }],
        restartPolicy: 'Always',
        containers: [appOut, proxy()],
      },
    };
  };

  it("keeps the user's order for the keys the user had", () => {
    const out = orderLikeGo(deepFreeze(userPod()), deepFreeze(injected())) as { spec: Obj; metadata: Obj };
    expect(Object.keys(out)).toEqual(['spec', 'metadata']);
    expect(Object.keys(out.spec).slice(0, 2)).toEqual(['containers', 'restartPolicy']);
    const app = (out.spec.containers as Obj[])[0]!;
    expect(Object.keys(app).slice(0, 4)).toEqual(['image', 'name', 'ports', 'env']);
    expect(Object.keys((app.ports as Obj[])[0]!)).toEqual(['containerPort', 'name', 'protocol']);
    expect(Object.keys((app.env as Obj[])[0]!)).toEqual(['value', 'name']);
  });

  it('puts new keys of an existing container after the user’s, in Go order', () => {
    const out = orderLikeGo(userPod(), injected()) as { spec: Obj };
    const app = (out.spec.containers as Obj[])[0]!;
    // Go: … volumeMounts … securityContext
    expect(Object.keys(app)).toEqual(['image', 'name', 'ports', 'env', 'volumeMounts', 'securityContext']);
    // New keys of an existing map (spec) too: Go has volumes before initContainers/containers.
    expect(Object.keys(out.spec)).toEqual(['containers', 'restartPolicy', 'volumes']);
    // A new element of a list the user had (a new mount): Go order throughout.
    expect(Object.keys((app.volumeMounts as Obj[])[0]!)).toEqual(['name', 'mountPath']);
  });

  it('writes a new container in Go order throughout', () => {
    const out = orderLikeGo(userPod(), injected()) as { spec: Obj };
    const c = (out.spec.containers as Obj[])[1]!;
    expect(Object.keys(c)).toEqual(['name', 'image', 'args', 'ports', 'env', 'resources', 'volumeMounts', 'readinessProbe', 'securityContext']);
    expect(inGoOrder(Object.keys(c), 'Container')).toBe(true);
    expect(Object.keys((c.ports as Obj[])[0]!)).toEqual(['name', 'containerPort', 'protocol']);
    expect(Object.keys((c.env as Obj[])[0]!)).toEqual(['name', 'valueFrom']);
    expect(Object.keys((c.volumeMounts as Obj[])[0]!)).toEqual(['name', 'mountPath']);
    expect(Object.keys(c.readinessProbe as Obj)).toEqual(['httpGet', 'periodSeconds']);
    expect(Object.keys((c.readinessProbe as Obj).httpGet as Obj)).toEqual(['path', 'port']);
    expect(Object.keys(c.securityContext as Obj)).toEqual(['capabilities', 'runAsUser', 'allowPrivilegeEscalation']);
    const v = (out.spec.volumes as Obj[])[0]!;
    expect(Object.keys(v)).toEqual(['name', 'emptyDir']);
    // resources.requests is a Go map (ResourceList): its keys are left as they were.
    expect(Object.keys((c.resources as Obj).requests as Obj)).toEqual(['memory', 'cpu']);
  });

  it('leaves the order of labels and annotations alone: the user’s first, new ones as added', () => {
    const out = orderLikeGo(userPod(), injected()) as { metadata: { labels: Obj; annotations: Obj } };
    expect(Object.keys(out.metadata)).toEqual(['labels', 'annotations']);
    expect(Object.keys(out.metadata.labels)).toEqual(['zeta', 'app', 'service.istio.io/canonical-name', 'security.istio.io/tlsMode']);
    expect(Object.keys(out.metadata.annotations)).toEqual(['z.example/x', 'a.example/y', 'sidecar.istio.io/status']);
    // New maps of that kind are not sorted either.
    const fresh = orderLikeGo({ spec: {} }, { spec: { nodeSelector: { zone: 'b', arch: 'a' } } }) as { spec: { nodeSelector: Obj } };
    expect(Object.keys(fresh.spec.nodeSelector)).toEqual(['zone', 'arch']);
  });

  it("keeps the key order of a user's own istio-proxy (also when injection moves it to the init containers)", () => {
    const user = {
      spec: {
        containers: [
          { name: 'app', image: 'app:1' },
          { image: 'auto', name: 'istio-proxy', resources: { limits: { cpu: '3' } }, tty: true, livenessProbe: { periodSeconds: 2, httpGet: { port: 15021, path: '/healthz/ready' } } },
        ],
      },
    };
    const merged = (): Obj => ({ ...proxy(), tty: true, image: 'auto', resources: { limits: { cpu: '3' }, requests: { cpu: '100m' } }, livenessProbe: { httpGet: { path: '/healthz/ready', port: 15021 }, periodSeconds: 2 } });
    const want = ['image', 'name', 'resources', 'tty', 'livenessProbe', 'args', 'ports', 'env', 'volumeMounts', 'readinessProbe', 'securityContext'];
    for (const list of ['containers', 'initContainers'] as const) {
      const result = { spec: list === 'containers' ? { containers: [{ name: 'app', image: 'app:1' }, merged()] } : { initContainers: [merged()], containers: [{ name: 'app', image: 'app:1' }] } };
      const out = orderLikeGo(user, result) as { spec: Record<string, Obj[]> };
      const p = out.spec[list]!.find((c) => c.name === 'istio-proxy')!;
      expect(Object.keys(p), list).toEqual(want);
      expect(Object.keys(p.livenessProbe as Obj), list).toEqual(['periodSeconds', 'httpGet']);
      expect(Object.keys((p.livenessProbe as Obj).httpGet as Obj), list).toEqual(['port', 'path']);
      expect(Object.keys(p.resources as Obj), list).toEqual(['limits', 'requests']);
    }
  });

  it('matches list elements by merge key, wherever they moved, else by index', () => {
    const user = {
      spec: {
        containers: [
          {
            name: 'app',
            env: [{ value: '1', name: 'A' }, { value: '2', name: 'B' }],
            ports: [{ protocol: 'UDP', containerPort: 53 }],
            volumeMounts: [{ mountPath: '/a', name: 'v' }],
          },
        ],
        tolerations: [{ value: 'v', key: 'k' }],
      },
    };
    const result = {
      spec: {
        containers: [
          {
            name: 'app',
            env: [{ name: 'NEW', value: '0' }, { name: 'B', value: '2' }, { name: 'A', value: '1' }],
            ports: [{ containerPort: 53, protocol: 'UDP' }],
            volumeMounts: [{ name: 'w', mountPath: '/b' }, { name: 'v', mountPath: '/a' }],
          },
        ],
        tolerations: [{ key: 'k', value: 'v' }, { value: 'x', key: 'y', effect: 'NoSchedule' }],
      },
    };
    const out = orderLikeGo(user, result) as { spec: { containers: Obj[]; tolerations: Obj[] } };
    const c = out.spec.containers[0]!;
    expect((c.env as Obj[]).map((e) => Object.keys(e).join(' '))).toEqual(['name value', 'value name', 'value name']);
    expect(Object.keys((c.ports as Obj[])[0]!)).toEqual(['protocol', 'containerPort']);
    expect((c.volumeMounts as Obj[]).map((e) => Object.keys(e).join(' '))).toEqual(['name mountPath', 'mountPath name']);
    // No merge key for tolerations: by index.
    expect(out.spec.tolerations.map((e) => Object.keys(e).join(' '))).toEqual(['value key', 'key value effect']);
    // Lists keep their element order; values are untouched.
    expect(out).toEqual(result);
  });

  it('puts keys Go does not know last, in their current order', () => {
    const out = orderLikeGo(undefined, { spec: { 'x-b': 1, containers: [{ zz: 1, name: 'c', aa: 2, image: 'i' }], 'x-a': 2, volumes: [] } }) as { spec: { containers: Obj[] } };
    expect(Object.keys(out.spec)).toEqual(['volumes', 'containers', 'x-b', 'x-a']);
    expect(Object.keys(out.spec.containers[0]!)).toEqual(['name', 'image', 'zz', 'aa']);
  });

  it('orders a pod template by the type it is given, and knows the types of a pod', () => {
    expect(Object.keys(orderLikeGo(undefined, { value: '1', name: 'A' }, 'EnvVar') as Obj)).toEqual(['name', 'value']);
    expect(() => orderLikeGo(undefined, {}, 'NoSuchType')).toThrow(/NoSuchType/);
    for (const t of ['PodTemplateSpec', 'ObjectMeta', 'PodSpec', 'Container', 'ContainerPort', 'EnvVar', 'EnvVarSource', 'VolumeMount', 'Volume', 'Probe', 'Lifecycle', 'SecurityContext', 'PodSecurityContext', 'Toleration', 'Affinity']) {
      expect(TYPES[t], t).toBeDefined();
    }
    // A probe's handler is inlined (ProbeHandler is embedded in Probe).
    expect(Object.keys(TYPES.Probe!).slice(0, 4)).toEqual(['exec', 'httpGet', 'tcpSocket', 'grpc']);
    expect(GO_CONTAINER.slice(0, 9)).toEqual(['name', 'image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resources']);
  });

  it('is pure, and returns what needs no change as it is', () => {
    const user = deepFreeze(userPod());
    const result = deepFreeze(injected());
    const before = JSON.stringify(result);
    const out = orderLikeGo(user, result) as { spec: Obj; metadata: Obj };
    expect(JSON.stringify(result)).toBe(before);
    expect(out).toEqual(result);
    // Already ordered: the very same object back, at every level.
    expect(orderLikeGo(user, out)).toBe(out);
    // A subtree that is the original's own object is not walked (its order is the user's).
    const shared = { spec: user.spec, metadata: { labels: { b: '1', a: '2' } } };
    const again = orderLikeGo(user, shared) as Obj;
    expect(again.spec).toBe(user.spec);
    // The __proto__ key is data, not a prototype.
    const odd = JSON.parse('{"spec":{"nodeSelector":{"__proto__":"x","a":"b"}}}') as Obj;
    const r = orderLikeGo({ spec: { nodeSelector: { a: 'b' } } }, odd) as { spec: { nodeSelector: Obj } };
    expect(Object.keys(r.spec.nodeSelector)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(r.spec.nodeSelector)).toBe(Object.prototype);
  });
});

const loc = locateConformanceData();

describe('orderLikeGo and Istio’s goldens', () => {
  it('has the conformance data (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const setup = istioSetup(loc.dir, 'built-in');
  const plan = planInjectCases(setup.injectDir);
  const read = (file: string): unknown[] => {
    const path = join(setup.injectDir, file);
    return contentDocuments(parseManifests(readFileSync(path, 'utf8'), path));
  };
  const templates = (doc: unknown): Array<{ pointer: string; template: Obj; kind: string }> =>
    locateWorkloads(doc).map((w) => ({ pointer: w.podTemplatePointer, template: getAt(doc, w.podTemplatePointer) as Obj, kind: w.kind }));
  const goldens = plan.cases.flatMap((c) => (c.kind === 'golden' ? [c] : []));

  /** Keys of struct-typed maps in `v` that the table does not know. */
  function unknownKeys(v: unknown, type: string | null, at: string, out: string[]): string[] {
    if (Array.isArray(v)) v.forEach((x, i) => unknownKeys(x, type, `${at}/${i}`, out));
    else if (type !== null && v !== null && typeof v === 'object') {
      const fields = GO_STRUCTS.get(type)!;
      for (const [k, x] of Object.entries(v)) {
        const f = fields.find((g) => g.name === k);
        if (!f) out.push(`${at}/${k} (${type})`);
        else unknownKeys(x, structOf(f.type) ?? null, `${at}/${k}`, out);
      }
    }
    return out;
  }

  // Istio's YAML output is NOT in Go order: sigs.k8s.io/yaml turns the JSON into YAML through
  // a generic map, so every mapping of the goldens is sorted by key. Go's field order shows in
  // what Istio writes with json.Marshal, as the `proxy.istio.io/overrides` annotation.
  it('knows every field Istio writes in a pod template', () => {
    let checked = 0;
    for (const file of new Set(goldens.map((c) => c.golden))) {
      for (const [i, doc] of read(file).entries()) {
        for (const { pointer, template, kind } of templates(doc)) {
          // A bare Pod also has apiVersion, kind and status next to metadata and spec.
          const tpl = kind === 'Pod' ? { metadata: template.metadata, spec: template.spec } : template;
          expect(unknownKeys(tpl, 'PodTemplateSpec', `${file} #${i} ${pointer}`, []), 'fields the table does not know').toEqual([]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("has Go's field order: Istio's json.Marshal of containers (proxy.istio.io/overrides) is in the table's order", () => {
    const seen: string[] = [];
    for (const file of new Set(goldens.map((c) => c.golden))) {
      for (const doc of read(file)) {
        for (const { template } of templates(doc)) {
          const text = ((template.metadata as Obj | undefined)?.annotations as Obj | undefined)?.['proxy.istio.io/overrides'];
          if (typeof text !== 'string') continue;
          const containers = JSON.parse(text) as Obj;
          expect(unknownKeys(containers, 'PodSpec', file, []), file).toEqual([]);
          // json.Marshal sorts Go maps (resource lists), and so does the golden: nothing to re-sort there.
          expect(keyOrder(orderLikeGo(undefined, containers, 'PodSpec')), file).toEqual(keyOrder(containers));
          seen.push(file);
        }
      }
    }
    expect(seen.length, 'goldens with the overrides annotation').toBeGreaterThanOrEqual(3);
  });

  it('the engine writes what it adds in Go order and keeps the user’s order, for every golden case', () => {
    let added = 0;
    let kept = 0;
    for (const c of goldens) {
      const injector = setup.injectorFor(c);
      for (const doc of read(c.input)) {
        for (const { pointer, template, kind } of templates(doc)) {
          const r = injector.inject({ kind, apiVersion: '', name: '', namespace: '', podTemplate: template as { spec: object } });
          if (r.outcome !== 'injected') continue;
          const spec = r.podTemplate.spec as Obj;
          const userSpec = template.spec as Obj;
          const had = new Map<string, Obj>();
          for (const list of ['containers', 'initContainers', 'volumes']) for (const e of (userSpec[list] as Obj[] | undefined) ?? []) had.set(`${list === 'volumes' ? 'v' : 'c'}/${String(e.name)}`, e);
          for (const list of ['containers', 'initContainers', 'volumes']) {
            const type = list === 'volumes' ? 'Volume' : 'Container';
            for (const e of (spec[list] as Obj[] | undefined) ?? []) {
              const where = `${c.id} ${pointer}: ${list}/${String(e.name)}`;
              const mine = had.get(`${list === 'volumes' ? 'v' : 'c'}/${String(e.name)}`);
              if (mine === undefined) {
                expect(keyOrder(e), where).toEqual(keyOrder(orderLikeGo(undefined, e, type)));
                added++;
              } else {
                // The user's keys first, in the user's order (those injection kept).
                const keys = Object.keys(e);
                const own = Object.keys(mine).filter((k) => keys.includes(k));
                expect(keys.slice(0, own.length), where).toEqual(own);
                kept++;
              }
            }
          }
        }
      }
    }
    expect(added).toBeGreaterThan(100);
    expect(kept).toBeGreaterThan(40);
  });
});
