/**
 * The facts `typed-json.ts` takes from the generated `k8s-field-order.json` (omitempty/omitzero,
 * pointers, quantities, Go field order): the table covers every field a pod template of the
 * conformance data has, spells out what `goRoundTrip` and `marshalContainerLists` rely on, and
 * reproduces what Istio (Go) wrote: its pod templates come back from `goRoundTrip` unchanged, and
 * its `json.Marshal` text of containers (`proxy.istio.io/overrides`) comes back byte for byte.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import table from '../../../src/inject/go/k8s-field-order.json' with { type: 'json' };
import { GO_STRUCTS, structOf, type GoField } from '../../../src/inject/go/structs.js';
import { goRoundTrip, marshalContainerLists } from '../../../src/inject/go/typed-json.js';
import { locateWorkloads } from '../../../src/locate/workloads.js';
import { getAt } from '../../../src/model/pointer.js';
import { contentDocuments, parseManifests } from '../../helpers/normalize.js';
import { REPO_ROOT, locateConformanceData, missingDataMessage } from '../../helpers/shared.js';

type Obj = Record<string, unknown>;

function field(type: string, name: string): GoField {
  const f = GO_STRUCTS.get(type)?.find((g) => g.name === name);
  if (!f) throw new Error(`no field ${type}.${name}`);
  return f;
}

/** `omitempty`, `omitzero`, pointer, type — compactly, for the assertions below. */
function flags(type: string, name: string): string {
  const f = field(type, name);
  return `${f.omitempty ? '?' : ''}${f.omitzero ? '~' : ''}${f.pointer ? '*' : ''}${f.type}${f.mergeKey ? `:${f.mergeKey}` : ''}`;
}

describe('the generated Go type table', () => {
  it('is pinned: the script defaults to the commits the table records', () => {
    const source = (table as { source: Record<string, string> }).source;
    const script = readFileSync(join(REPO_ROOT, 'scripts/gen-k8s-field-order.mjs'), 'utf8');
    const pinned = (name: string): string | undefined => new RegExp(`const ${name} = '([0-9a-f]{40})'`).exec(script)?.[1];
    expect(source['k8s.io/api']).toMatch(/^[0-9a-f]{40}$/);
    expect(source['k8s.io/api']).toBe(pinned('PINNED_API'));
    expect(source['k8s.io/apimachinery']).toBe(pinned('PINNED_META'));
  });

  it('knows the types typed-json.ts starts from, and every struct a field names', () => {
    for (const t of ['ObjectMeta', 'PodSpec', 'Container', 'EphemeralContainer']) expect(GO_STRUCTS.has(t), t).toBe(true);
    for (const [t, fields] of GO_STRUCTS) {
      for (const f of fields) {
        expect(f.type, `${t}.${f.name}`).toMatch(/^(|q|\$|[A-Z]\w*|\[(q|\$|[A-Z]\w*)\]|\{(q|\$)\})$/);
        const inner = f.type.replace(/^[[{](.*)[\]}]$/, '$1');
        if (/^[A-Z]/.test(inner)) expect(GO_STRUCTS.has(inner), `${t}.${f.name} → ${inner}`).toBe(true);
        if (f.mergeKey !== undefined) expect(f.type, `${t}.${f.name}: a merge key on a list of structs`).toMatch(/^\[[A-Z]/);
      }
    }
  });

  it('has the flags goRoundTrip and marshalContainerLists depend on', () => {
    const want: Record<string, string> = {
      // Always written; omitempty fields; pointers (left out when nil).
      'PodSpec.containers': '[Container]:name',
      'PodSpec.initContainers': '?[Container]:name',
      'PodSpec.ephemeralContainers': '?[EphemeralContainer]:name',
      'PodSpec.terminationGracePeriodSeconds': '?*',
      'PodSpec.securityContext': '?*PodSecurityContext',
      'PodSpec.affinity': '?*Affinity',
      'PodSpec.overhead': '?{q}',
      'Container.name': '',
      'Container.image': '?',
      // A struct value: omitempty never leaves it out (`resources: {}`).
      'Container.resources': '?ResourceRequirements',
      'Container.securityContext': '?*SecurityContext',
      'Container.livenessProbe': '?*Probe',
      'ResourceRequirements.limits': '?{q}',
      'ResourceRequirements.requests': '?{q}',
      'EmptyDirVolumeSource.sizeLimit': '?*q',
      // A Quantity is a struct: written ("0") even when zero.
      'ResourceFieldSelector.divisor': '?q',
      'ContainerPort.containerPort': '',
      'HTTPGetAction.port': '$',
      'GRPCAction.service': '*',
      'ObjectMeta.labels': '?',
      'ObjectMeta.creationTimestamp': '?~$',
      'ObjectMeta.deletionTimestamp': '?*$',
      'EnvVar.name': '',
      'EnvVar.valueFrom': '?*EnvVarSource',
      'Volume.name': '',
      'Volume.emptyDir': '?*EmptyDirVolumeSource',
    };
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, flags(k.split('.')[0]!, k.split('.')[1]!)]));
    expect(got).toEqual(want);
  });

  it('records the kind of scalar fields, named types resolved (what their zero is written as)', () => {
    const want: Record<string, GoField['scalar']> = {
      'Container.name': 'string',
      'Container.stdin': 'bool',
      'ContainerPort.containerPort': 'number', // int32
      'ContainerPort.protocol': 'string', // Protocol
      'Container.imagePullPolicy': 'string', // PullPolicy
      'HTTPGetAction.scheme': 'string', // URIScheme
      'HTTPGetAction.port': 'number', // intstr.IntOrString: its zero marshals as 0
      'SleepAction.seconds': 'number', // int64
      'PodSpec.terminationGracePeriodSeconds': 'number', // *int64
      'ObjectMeta.uid': 'string', // types.UID
      // Not scalars: lists and maps of scalars, structs, metav1.Time (its zero is null).
      'Container.command': undefined,
      'ObjectMeta.labels': undefined,
      'Container.resources': undefined,
      'ObjectMeta.creationTimestamp': undefined,
    };
    const got = Object.fromEntries(Object.keys(want).map((k) => [k, field(k.split('.')[0]!, k.split('.')[1]!).scalar]));
    expect(got).toEqual(want);
  });
});

const loc = locateConformanceData();

describe('the generated Go type table and the conformance data', () => {
  it('has the conformance data (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const dir = loc.dir;

  /** Every pod template of every manifest under `sub`: inputs and Istio's goldens. */
  function podTemplates(sub: string): Array<{ where: string; template: Obj; golden: boolean }> {
    const out: Array<{ where: string; template: Obj; golden: boolean }> = [];
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, e.name);
        if (e.isDirectory()) walk(path);
        else if (/\.(ya?ml|injected)$/.test(e.name)) {
          let docs: unknown[];
          try {
            docs = contentDocuments(parseManifests(readFileSync(path, 'utf8'), path));
          } catch {
            continue; // not a manifest (e.g. a deliberately broken input)
          }
          for (const [i, doc] of docs.entries()) {
            for (const w of locateWorkloads(doc)) {
              const t = getAt(doc, w.podTemplatePointer) as Obj;
              // A bare Pod also has apiVersion, kind and status next to metadata and spec.
              const template = w.kind === 'Pod' ? { metadata: t.metadata, spec: t.spec } : t;
              out.push({ where: `${path.slice(dir.length + 1)} #${i} ${w.podTemplatePointer}`, template, golden: e.name.endsWith('.injected') });
            }
          }
        }
      }
    };
    walk(join(dir, sub));
    return out;
  }
  const templates = [...podTemplates('inject'), ...podTemplates('kubeinject-cli')];

  /** Keys at struct positions of `v` that the table does not know. */
  function unknownKeys(v: unknown, type: string | undefined, at: string, out: string[]): string[] {
    if (Array.isArray(v)) v.forEach((x, i) => unknownKeys(x, type, `${at}/${i}`, out));
    else if (type !== undefined && v !== null && typeof v === 'object') {
      const fields = GO_STRUCTS.get(type)!;
      for (const [k, x] of Object.entries(v)) {
        const f = fields.find((g) => g.name === k);
        if (!f) out.push(`${at}/${k} (${type})`);
        else unknownKeys(x, structOf(f.type), `${at}/${k}`, out);
      }
    }
    return out;
  }

  it('knows every field of every pod template, input or golden, with its flags', () => {
    expect(templates.length).toBeGreaterThan(80);
    expect(templates.filter((t) => t.golden).length).toBeGreaterThan(40);
    const unknown = templates.flatMap(({ where, template }) => unknownKeys(template, 'PodTemplateSpec', where, []));
    expect(unknown, 'fields the table does not know').toEqual([]);
  });

  it("gives back Istio's own output unchanged: goRoundTrip of every golden pod template is the identity", () => {
    let checked = 0;
    for (const { where, template, golden } of templates) {
      if (!golden) continue;
      expect(goRoundTrip(template.metadata, 'ObjectMeta'), where).toBe(template.metadata);
      expect(goRoundTrip(template.spec, 'PodSpec'), where).toBe(template.spec);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it("writes Istio's json.Marshal text of containers (proxy.istio.io/overrides) byte for byte", () => {
    const seen: string[] = [];
    for (const { where, template, golden } of templates) {
      const text = ((template.metadata as Obj | undefined)?.annotations as Obj | undefined)?.['proxy.istio.io/overrides'];
      if (!golden || typeof text !== 'string') continue;
      expect(marshalContainerLists(JSON.parse(text) as { containers?: unknown[]; initContainers?: unknown[] }), where).toBe(text);
      seen.push(where);
    }
    expect(seen.length, 'goldens with the overrides annotation').toBeGreaterThanOrEqual(3);
  });
});

describe('Go semantics from the table', () => {
  it('leaves out empty omitempty values and nil pointers, never a struct value', () => {
    const spec = {
      containers: [{ name: 'c', image: '', resources: {}, livenessProbe: null, env: [{ name: 'A', value: '', valueFrom: null }] }],
      hostNetwork: false,
      nodeSelector: {},
      affinity: { nodeAffinity: null, podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [] } },
      volumes: [{ name: 'v', emptyDir: { medium: '', sizeLimit: '1024Mi' } }],
    };
    expect(goRoundTrip(spec, 'PodSpec')).toEqual({
      containers: [{ name: 'c', resources: {}, env: [{ name: 'A' }] }],
      affinity: { podAffinity: {} },
      volumes: [{ name: 'v', emptyDir: { sizeLimit: '1Gi' } }],
    });
    // metav1.Time: omitzero leaves out the zero (null) creationTimestamp; a set one stays.
    expect(goRoundTrip({ name: 'p', creationTimestamp: null }, 'ObjectMeta')).toEqual({ name: 'p' });
    expect(goRoundTrip({ creationTimestamp: '2024-01-01T00:00:00Z' }, 'ObjectMeta')).toEqual({ creationTimestamp: '2024-01-01T00:00:00Z' });
  });

  it('marshals like Go: field order, unknown fields dropped, struct zero values written', () => {
    const c = {
      targetContainerName: 'not a Container field',
      env: [{ valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } }, name: 'CPU' }],
      name: 'c',
      livenessProbe: { grpc: { port: 8080 } },
    };
    expect(marshalContainerLists({ containers: [c] })).toBe(
      '{"containers":[{"name":"c","env":[{"name":"CPU","valueFrom":{"resourceFieldRef":{"resource":"limits.cpu","divisor":"0"}}}],' +
        '"resources":{},"livenessProbe":{"grpc":{"port":8080,"service":null}}}]}',
    );
  });

  it('writes the typed zero of a missing scalar field that is always written: "", 0, false (not null)', () => {
    // Go's tags (k8s.io/api core/v1): ContainerPort.containerPort int32 `json:"containerPort"`,
    // VolumeMount.name string `json:"name"`, HTTPGetAction.port intstr.IntOrString `json:"port"`
    // (zero: Type Int, IntVal 0 → 0), SleepAction.seconds int64 `json:"seconds"`,
    // GRPCAction.port int32 `json:"port"`, ObjectFieldSelector.fieldPath string `json:"fieldPath"`,
    // Container.name string `json:"name"`. Unchanged: omitempty ones left out (hostPort,
    // VolumeMount.readOnly, Probe.timeoutSeconds, apiVersion), nil pointers without omitempty
    // written null (GRPCAction.service *string `json:"service"`), nil lists left out or null.
    const proxy = {
      name: 'istio-proxy',
      ports: [{ name: 'http-envoy-prom', protocol: 'TCP' }],
      env: [{ name: 'POD', valueFrom: { fieldRef: { apiVersion: 'v1' } } }],
      volumeMounts: [{ mountPath: '/etc/istio/proxy' }],
      readinessProbe: { httpGet: { path: '/healthz/ready' }, periodSeconds: 15 },
      startupProbe: { grpc: {} },
      lifecycle: { preStop: { sleep: {} } },
    };
    // An explicit null decodes to the zero value too (Go leaves the field unset).
    const init = { name: null, ports: [{ containerPort: null, hostPort: null }] };
    expect(marshalContainerLists({ containers: [proxy], initContainers: [init] })).toBe(
      '{"containers":[{"name":"istio-proxy","ports":[{"name":"http-envoy-prom","containerPort":0,"protocol":"TCP"}],' +
        '"env":[{"name":"POD","valueFrom":{"fieldRef":{"apiVersion":"v1","fieldPath":""}}}],"resources":{},' +
        '"volumeMounts":[{"name":"","mountPath":"/etc/istio/proxy"}],' +
        '"readinessProbe":{"httpGet":{"path":"/healthz/ready","port":0},"periodSeconds":15},' +
        '"startupProbe":{"grpc":{"port":0,"service":null}},"lifecycle":{"preStop":{"sleep":{"seconds":0}}}}],' +
        '"initContainers":[{"name":"","ports":[{"containerPort":0}],"resources":{}}]}',
    );
  });
});
