import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { PodSpec } from '../../../src/model/pod.js';
import {
  appProbersJson,
  applyAppProbeRewrite,
  computeAppProbers,
  dumpAppProbers,
  mergeAppProbers,
  probeStatusPort,
  rewriteAppProbes,
  shouldRewriteAppProbers,
} from '../../../src/inject/probes/app-probers.js';

const DIR = fileURLToPath(new URL('../../data/istio/inject/', import.meta.url));
const PROBE_FIELDS = ['readinessProbe', 'livenessProbe', 'startupProbe', 'lifecycle'] as const;

type Obj = Record<string, any>;

function firstPodTemplate(file: string): { metadata: Obj; spec: Obj } {
  const find = (n: unknown): { metadata: Obj; spec: Obj } | undefined => {
    if (!n || typeof n !== 'object') return undefined;
    const o = n as Obj;
    if (Array.isArray(o.spec?.containers)) return { metadata: o.metadata ?? {}, spec: o.spec };
    for (const v of Object.values(o)) {
      const f = find(v);
      if (f) return f;
    }
    return undefined;
  };
  const found = find(loadAll(readFileSync(DIR + file, 'utf8')));
  if (!found) throw new Error(`no pod template in ${file}`);
  return found;
}

const allContainers = (spec: Obj): Obj[] => [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
const proxyOf = (spec: Obj): Obj | undefined => allContainers(spec).find((c) => c.name === 'istio-proxy');
const probersEnv = (spec: Obj): unknown => {
  const v = proxyOf(spec)?.env?.find((e: Obj) => e.name === 'ISTIO_KUBE_APP_PROBERS')?.value;
  return v === undefined ? undefined : JSON.parse(v);
};
const probesOf = (c: Obj): Obj => Object.fromEntries(PROBE_FIELDS.filter((f) => c[f] !== undefined).map((f) => [f, c[f]]));

/**
 * The merged spec the rewrite step sees: the input's pod spec plus the injected proxy (kept as
 * the user wrote it when the input already has one, else an empty istio-proxy where the golden
 * puts it), and the pod annotations after the template merge.
 */
function mergedInput(name: string, extraAnnotations: Record<string, string> = {}): { spec: PodSpec; annotations: Record<string, string> } {
  const input = firstPodTemplate(`${name}.yaml`);
  const golden = firstPodTemplate(`${name}.yaml.injected`);
  const spec = structuredClone(input.spec) as Obj;
  if (!proxyOf(spec)) {
    const native = (golden.spec.initContainers ?? []).some((c: Obj) => c.name === 'istio-proxy');
    const key = native ? 'initContainers' : 'containers';
    spec[key] = [...(spec[key] ?? []), { name: 'istio-proxy', env: [{ name: 'TRUST_DOMAIN', value: 'cluster.local' }] }];
  }
  return { spec: spec as PodSpec, annotations: { ...(input.metadata.annotations ?? {}), ...extraAnnotations } };
}

const GOLDENS: readonly [name: string, extraAnnotations?: Record<string, string>][] = [
  ['hello-probes'],
  ['startup_ready_live'],
  ['tcp-probes'],
  ['named_port'],
  ['hello-probes-with-flag-unset-in-annotation'],
  ['merge-probers'],
  ['native-sidecar-opt-in'],
  ['proxy-override'],
  // the `custom` template adds sidecar.istio.io/rewriteAppHTTPProbers: "false" to the pod
  ['custom-template', { 'sidecar.istio.io/rewriteAppHTTPProbers': 'false' }],
];

describe('Istio goldens', () => {
  it.each(GOLDENS)('%s', (name, extra) => {
    const { spec, annotations } = mergedInput(name, extra);
    const options = { annotations, rewriteAppHTTPProbe: true, meshStatusPort: 15020 };
    const golden = firstPodTemplate(`${name}.yaml.injected`).spec;
    const out = applyAppProbeRewrite(spec, options) as Obj;

    const withEnv = !['hello-probes-with-flag-unset-in-annotation', 'proxy-override', 'custom-template'].includes(name);
    expect(probersEnv(golden) !== undefined, 'golden has ISTIO_KUBE_APP_PROBERS').toBe(withEnv);
    expect(probersEnv(out)).toEqual(probersEnv(golden));
    expect(computeAppProbers(spec, options) ?? undefined).toEqual(probersEnv(golden));
    for (const c of allContainers(golden).filter((c) => c.name !== 'istio-proxy' && !/^istio-(init|validation)$/.test(c.name))) {
      const mine = allContainers(out).find((x) => x.name === c.name);
      expect(mine, c.name).toBeDefined();
      expect(probesOf(mine!), c.name).toEqual(probesOf(c));
    }
    // the user's own istio-proxy probes are never rewritten
    const userProxy = proxyOf(spec as Obj);
    if (userProxy?.livenessProbe) expect(proxyOf(out)!.livenessProbe).toEqual(userProxy.livenessProbe);
  });

  it('does not change its input', () => {
    const { spec, annotations } = mergedInput('hello-probes');
    const before = structuredClone(spec);
    applyAppProbeRewrite(spec, { annotations });
    expect(spec).toEqual(before);
  });
});

describe('rules carried over from app_probe.go', () => {
  const proxy = { name: 'istio-proxy' };

  it('keeps host, headers and timeout in the prober, turns HTTPS into HTTP on the rewrite', () => {
    const spec = {
      containers: [
        {
          name: 'app',
          readinessProbe: {
            httpGet: { path: '/ready', port: 8443, scheme: 'HTTPS', host: 'localhost', httpHeaders: [{ name: 'X', value: 'y' }] },
            timeoutSeconds: 4,
            periodSeconds: 7,
          },
        },
        proxy,
      ],
    };
    expect(dumpAppProbers(spec)).toEqual({
      '/app-health/app/readyz': {
        httpGet: { path: '/ready', port: 8443, host: 'localhost', scheme: 'HTTPS', httpHeaders: [{ name: 'X', value: 'y' }] },
        timeoutSeconds: 4,
      },
    });
    const out = rewriteAppProbes(spec, 15020) as Obj;
    expect(out.containers[0].readinessProbe).toEqual({
      httpGet: { path: '/app-health/app/readyz', port: 15020, scheme: 'HTTP', host: 'localhost', httpHeaders: [{ name: 'X', value: 'y' }] },
      timeoutSeconds: 4,
      periodSeconds: 7,
    });
  });

  it('handles gRPC probes: service null when unset, no named-port resolution, rewritten to HTTP', () => {
    const spec = {
      containers: [
        { name: 'g', livenessProbe: { grpc: { port: 1234 } }, startupProbe: { grpc: { port: 1235, service: 'foo' }, timeoutSeconds: 10 } },
        proxy,
      ],
    };
    expect(dumpAppProbers(spec)).toEqual({
      '/app-health/g/livez': { grpc: { port: 1234, service: null } },
      '/app-health/g/startupz': { grpc: { port: 1235, service: 'foo' }, timeoutSeconds: 10 },
    });
    const out = rewriteAppProbes(spec, 15020) as Obj;
    expect(out.containers[0].livenessProbe).toEqual({ httpGet: { path: '/app-health/g/livez', port: 15020 } });
    expect(out.containers[0].startupProbe).toEqual({ httpGet: { path: '/app-health/g/startupz', port: 15020 }, timeoutSeconds: 10 });
  });

  it('drops unresolvable named ports and probes already on the status port, but still rewrites them', () => {
    const spec = {
      containers: [
        {
          name: 'a',
          ports: [{ name: 'http', containerPort: 80 }],
          readinessProbe: { httpGet: { port: 'nope' } },
          livenessProbe: { httpGet: { path: '/app-health/a/livez', port: 15020 } },
          startupProbe: { tcpSocket: { port: 'http' } },
        },
        proxy,
      ],
    };
    expect(dumpAppProbers(spec)).toEqual({ '/app-health/a/startupz': { tcpSocket: { port: 80 } } });
    const out = rewriteAppProbes(spec, 15020) as Obj;
    expect(out.containers[0].readinessProbe).toEqual({ httpGet: { port: 15020, path: '/app-health/a/readyz' } });
  });

  it('leaves exec probes and exec/sleep hooks alone; lifecycle gRPC is not a thing', () => {
    const spec = {
      containers: [
        {
          name: 'a',
          readinessProbe: { exec: { command: ['true'] } },
          lifecycle: { preStop: { exec: { command: ['sleep', '5'] } }, postStart: { sleep: { seconds: 1 } } },
        },
        proxy,
      ],
    };
    expect(dumpAppProbers(spec)).toBeNull();
    expect(rewriteAppProbes(spec, 15020)).toEqual(spec);
  });

  it('rewrites probes of init containers (native sidecars) but never istio-proxy', () => {
    const spec = {
      initContainers: [{ name: 'istio-proxy', readinessProbe: { httpGet: { port: 15021, path: '/healthz/ready' } } }],
      containers: [{ name: 'a', readinessProbe: { tcpSocket: { port: 5000 } } }],
    };
    const out = rewriteAppProbes(spec, 15020) as Obj;
    expect(out.initContainers[0]).toEqual(spec.initContainers[0]);
    expect(out.containers[0].readinessProbe).toEqual({ httpGet: { path: '/app-health/a/readyz', port: 15020 } });
  });

  it('does nothing without an istio-proxy container or with rewriting off', () => {
    const app = { name: 'a', readinessProbe: { httpGet: { port: 80 } } };
    expect(computeAppProbers({ containers: [app] })).toBeNull();
    expect(rewriteAppProbes({ containers: [app] }, 15020)).toEqual({ containers: [app] });
    const spec = { containers: [app, proxy] };
    expect(computeAppProbers(spec, { rewriteAppHTTPProbe: false })).toBeNull();
    expect(rewriteAppProbes(spec, 15020, { rewriteAppHTTPProbe: false })).toEqual(spec);
    const off = { annotations: { 'sidecar.istio.io/rewriteAppHTTPProbers': 'f' } };
    expect(applyAppProbeRewrite(spec, off)).toEqual(spec);
  });
});

describe('switches and ports', () => {
  it.each([
    [undefined, true, true],
    [undefined, false, false],
    ['true', false, true],
    ['1', false, true],
    ['false', true, false],
    ['F', true, false],
    ['nonsense', true, true], // unparseable annotation: the values setting decides
    ['nonsense', false, false],
  ] as const)('annotation %j with values %j → %j', (annotation, values, want) => {
    const annotations: Record<string, string> = annotation === undefined ? {} : { 'sidecar.istio.io/rewriteAppHTTPProbers': annotation };
    expect(shouldRewriteAppProbers(annotations, values)).toBe(want);
  });

  it.each([
    [{}, 15020, 15020],
    [{}, 15999, 15999],
    [{ 'status.sidecar.istio.io/port': '123' }, 15020, 123],
    [{ 'status.sidecar.istio.io/port': '0' }, 15020, 0], // Istio still rewrites, to port 0
    [{ 'status.sidecar.istio.io/port': 'x' }, 15020, 0], // Go Atoi fails → 0
  ] as const)('status port %j, mesh %j → %j', (annotations, mesh, want) => {
    expect(probeStatusPort(annotations, mesh)).toBe(want);
  });

  it('aims the rewrite at the annotation port but checks "already rewritten" against the mesh port', () => {
    const spec = { containers: [{ name: 'a', readinessProbe: { httpGet: { port: 15020 } }, livenessProbe: { httpGet: { port: 123 } } }, { name: 'istio-proxy' }] };
    const annotations = { 'status.sidecar.istio.io/port': '123' };
    const out = applyAppProbeRewrite(spec, { annotations }) as Obj;
    expect(JSON.parse(out.containers[1].env[0].value)).toEqual({ '/app-health/a/livez': { httpGet: { port: 123 } } });
    expect(out.containers[0].readinessProbe.httpGet.port).toBe(123);
  });
});

describe('merging with an earlier injection', () => {
  const spec = {
    containers: [
      { name: 'a', readinessProbe: { httpGet: { port: 80 } } },
      { name: 'istio-proxy', env: [{ name: 'ISTIO_KUBE_APP_PROBERS', value: '{"/app-health/a/readyz":{"httpGet":{"port":81}},"/app-health/b/livez":{"tcpSocket":{"port":9}}}' }] },
    ],
  };
  const status = { 'sidecar.istio.io/status': '{}' };

  it('keeps existing entries over new ones and replaces the env in place', () => {
    const out = applyAppProbeRewrite(spec, { annotations: status }) as Obj;
    expect(out.containers[1].env).toHaveLength(1);
    expect(JSON.parse(out.containers[1].env[0].value)).toEqual({
      '/app-health/a/readyz': { httpGet: { port: 81 } },
      '/app-health/b/livez': { tcpSocket: { port: 9 } },
    });
  });

  it('appends (as Istio does) when the pod was not injected before', () => {
    const out = applyAppProbeRewrite(spec, {}) as Obj;
    expect(out.containers[1].env.map((e: Obj) => e.name)).toEqual(['ISTIO_KUBE_APP_PROBERS', 'ISTIO_KUBE_APP_PROBERS']);
    expect(JSON.parse(out.containers[1].env[1].value)).toEqual({ '/app-health/a/readyz': { httpGet: { port: 80 } } });
  });

  it('leaves an unreadable existing value alone', () => {
    expect(mergeAppProbers('not json', {})).toBeNull();
    expect(mergeAppProbers('[1]', {})).toBeNull();
    const broken = structuredClone(spec);
    broken.containers[1]!.env![0]!.value = '{oops';
    expect(computeAppProbers(broken, { annotations: status })).toBeNull();
    expect((applyAppProbeRewrite(broken, { annotations: status }) as Obj).containers[1].env[0].value).toBe('{oops');
  });
});

describe('appProbersJson', () => {
  it('writes like Go json.Marshal: sorted keys, compact, HTML-escaped', () => {
    expect(appProbersJson({ '/b': { httpGet: { path: '/x?a=1&b=<2>', port: 1 } }, '/a': { tcpSocket: { port: 2 } } })).toBe(
      '{"/a":{"tcpSocket":{"port":2}},"/b":{"httpGet":{"path":"/x?a=1\\u0026b=\\u003c2\\u003e","port":1}}}',
    );
  });
});
