/**
 * Our templates against Istio's goldens, for what the templates alone decide.
 *
 * The goldens are the injector's final output: the template overlay merged into the pod and then
 * post-processed (container order, probe rewriting, status and prometheus annotations), done by
 * src/inject. This test therefore looks only at what comes from the template: the istio-proxy and
 * init containers' image, args, env (minus what post-processing adds), ports, probes, security
 * context, lifecycle and mounts, and the labels, annotations and volumes the template adds.
 * Go's serialisation drops zero values (`value: ""`, `initialDelaySeconds: 0`); so does the
 * comparison.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import { builtinMeshConfig, loadBuiltinTemplates } from '../../src/templates/index.js';
import type { Workload } from './support.js';
import {
  INJECT_DIR,
  deepMerge,
  isObj,
  meshConfigFrom,
  parseYaml,
  parseYamlAll,
  templateData,
  testDefaultMesh,
  testDefaultValues,
  workloadsInFile,
  workloadsOf,
} from './support.js';

type Obj = Record<string, unknown>;

const funcs = injectionFunctions({ getEnv: () => undefined });
const templates = Object.fromEntries(
  Object.entries(loadBuiltinTemplates()).map(([n, t]) => [n, parseTemplate(n, t, { funcs, fieldResolver: goJsonFieldResolver })]),
);

interface Case {
  golden: string;
  input: string;
  native: boolean;
  values?: Obj;
  mesh?: Obj;
}

const HOLD = { global: { proxy: { holdApplicationUntilProxyStarts: true } } };
const SETTINGS: Record<string, Pick<Case, 'values' | 'mesh'>> = {
  'traffic-params.yaml': {
    values: {
      global: {
        proxy: { includeIPRanges: '127.0.0.1/24,10.96.0.1/24', excludeIPRanges: '10.96.0.2/24,10.96.0.3/24', excludeInboundPorts: '4,5,6', statusPort: 0 },
      },
    },
  },
  'status_params.yaml': {
    values: { global: { proxy: { statusPort: 123, readinessInitialDelaySeconds: 100, readinessPeriodSeconds: 200, readinessFailureThreshold: 300 } } },
  },
  'traffic-annotations.yaml': {
    mesh: { defaultConfig: { proxyMetadata: { ISTIO_META_TLS_CLIENT_KEY: '/etc/identity/client/keys/client-key.pem' } } },
  },
  'merge-probers.yaml': { values: HOLD },
  'hello-existing-cncf-networks-json.yaml': { values: { pilot: { cni: { enabled: true, provider: 'multus' } } } },
};

function cases(): Case[] {
  const goldens = readdirSync(INJECT_DIR)
    .filter((f) => f.endsWith('.injected'))
    .sort();
  return goldens.map((golden) => {
    if (golden === 'hello-tproxy.yaml.injected') return { golden, input: 'hello.yaml', native: true, mesh: { defaultConfig: { interceptionMode: 'TPROXY' } } };
    if (golden === 'hello.proxyHoldsApplication.yaml.injected') return { golden, input: 'hello.yaml', native: true, values: HOLD };
    const old = golden.match(/^(.*)-old-version\.yaml\.injected$/);
    if (old) return { golden, input: `${old[1]}.yaml`, native: false };
    const input = golden.replace(/\.injected$/, '');
    return { golden, input, native: true, ...SETTINGS[input] };
  });
}

/** Istio's stripPod for re-injection: containers named in the previous status are removed. */
function stripPreviousInjection(w: Workload): Workload {
  const ann = (w.metadata.annotations ?? {}) as Record<string, string>;
  const status = ann['sidecar.istio.io/status'];
  if (status === undefined) return w;
  const prev = JSON.parse(status) as { containers?: string[] | null; initContainers?: string[] | null };
  const drop = (list: unknown, names: string[] | null | undefined): unknown =>
    Array.isArray(list) ? list.filter((c) => !(isObj(c) && (names ?? []).includes(c.name as string))) : list;
  const annotations = { ...ann };
  delete annotations['sidecar.istio.io/status'];
  return {
    ...w,
    metadata: { ...w.metadata, annotations },
    spec: { ...w.spec, containers: drop(w.spec.containers, prev.containers), initContainers: drop(w.spec.initContainers, prev.initContainers) },
  };
}

/**
 * README rule 5: for a CronJob Istio writes the pod's labels and annotations to
 * spec.jobTemplate.metadata; compare after moving them to the pod template.
 */
function cronJobFix(golden: Workload): Workload {
  if (golden.typeMeta.kind !== 'CronJob') return golden;
  const doc = goldenDocOf.get(golden);
  const jobMeta = (isObj(doc) && isObj(doc.spec) && isObj(doc.spec.jobTemplate) && isObj(doc.spec.jobTemplate.metadata) ? doc.spec.jobTemplate.metadata : {}) as Obj;
  const merged: Obj = { ...golden.metadata };
  for (const key of ['labels', 'annotations']) {
    if (isObj(jobMeta[key])) merged[key] = { ...(isObj(golden.metadata[key]) ? golden.metadata[key] : {}), ...jobMeta[key] };
  }
  return { ...golden, metadata: merged };
}

const goldenDocOf = new WeakMap<Workload, unknown>();

/** Go's omitempty, roughly: drop "", 0, null, and false-y empties in the compared fragments. */
function omitZero(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(omitZero);
  if (isObj(v)) {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === '' || x === 0 || x === null || x === undefined) continue;
      out[k] = omitZero(x);
    }
    return out;
  }
  return v;
}

const POST_PROCESSING_ENV = new Set(['ISTIO_KUBE_APP_PROBERS', 'ISTIO_PROMETHEUS_ANNOTATIONS']);
const JSON_ENV = new Set(['ISTIO_META_POD_PORTS']);

function envView(env: unknown): unknown {
  if (!Array.isArray(env)) return env;
  return env
    .filter((e) => isObj(e) && !POST_PROCESSING_ENV.has(e.name as string))
    .map((e) => {
      const x = omitZero(e) as Obj;
      if (x.name === 'PROXY_CONFIG') return { name: x.name, value: '<proxy config>' };
      if (JSON_ENV.has(x.name as string) && typeof x.value === 'string') return { ...x, value: JSON.parse(x.value) as unknown };
      return x;
    });
}

const CONTAINER_FIELDS = ['image', 'args', 'ports', 'restartPolicy', 'lifecycle', 'securityContext', 'volumeMounts', 'readinessProbe', 'startupProbe', 'command'];

function containerView(c: Obj): Obj {
  const out: Obj = { name: c.name };
  for (const f of CONTAINER_FIELDS) if (c[f] !== undefined) out[f] = omitZero(c[f]);
  if (c.env !== undefined) out.env = envView(c.env);
  return out;
}

function byName(list: unknown, name: string): Obj | undefined {
  return Array.isArray(list) ? (list.find((c) => isObj(c) && c.name === name) as Obj | undefined) : undefined;
}

const INJECTED = ['istio-init', 'istio-validation', 'istio-proxy'];
/** Pod metadata the engine writes after rendering (status, the Prometheus merge), not the templates. */
const POST_PROCESSING_METADATA = new Set(['sidecar.istio.io/status', 'proxy.istio.io/overrides', 'prometheus.io/path', 'prometheus.io/port', 'prometheus.io/scrape']);

describe('our templates agree with the goldens on what templates decide', () => {
  for (const c of cases()) {
    const goldenDocs = parseYamlAll(readFileSync(join(INJECT_DIR, c.golden), 'utf8'));
    const goldenPods = goldenDocs.flatMap((d, i) =>
      workloadsOf(d, `${c.golden}#${i}`).map((w) => {
        goldenDocOf.set(w, d);
        return w;
      }),
    );
    const injected = goldenPods.some((p) => INJECTED.some((n) => byName(p.spec.containers, n) ?? byName(p.spec.initContainers, n)));
    const custom = goldenPods.some((p) => String((p.metadata.annotations as Obj | undefined)?.['inject.istio.io/templates'] ?? '').includes('custom'));
    // Not injected (host network, opted out) or injected with a template that is not ours.
    if (!injected || custom) continue;

    it(`${c.golden} (from ${c.input}, native ${c.native})`, () => {
      const originals = workloadsInFile(c.input);
      const inputs = originals.map(stripPreviousInjection);
      expect(inputs.length).toBe(goldenPods.length);
      const values = deepMerge(testDefaultValues(), c.values ?? {}) as Obj;
      const mesh = meshConfigFrom(builtinMeshConfig(), deepMerge(testDefaultMesh(), c.mesh ?? {}) as Obj);
      inputs.forEach((w, i) => {
        const golden = cronJobFix(goldenPods[i]!);
        const original = originals[i]!;
        const data = templateData(w, { values, mesh, nativeSidecars: c.native });
        const names = String((w.metadata.annotations as Obj | undefined)?.['inject.istio.io/templates'] ?? 'sidecar')
          .split(',')
          .map((s) => s.trim());
        const overlays = [...new Set(names)].map((name) => parseYaml(templates[name]!.execute(data)) as { metadata: Obj; spec: Obj });
        const written = (key: 'initContainers' | 'containers'): Obj[] => overlays.flatMap((o) => (o.spec[key] as Obj[] | undefined) ?? []);
        // Both ways: what the templates write is in the golden, and every container, label,
        // annotation and volume that injection added to the golden is written by the templates.
        for (const key of ['initContainers', 'containers'] as const) {
          const other = key === 'containers' ? 'initContainers' : 'containers';
          const ours = written(key);
          const theirs = ((golden.spec[key] as Obj[] | undefined) ?? []).filter((gc) => INJECTED.includes(gc.name as string));
          expect(ours.map((c) => c.name), `${w.label}: the injected ${key}`).toEqual(expect.arrayContaining(theirs.map((c) => c.name)));
          for (const oc of ours) {
            const gc = byName(golden.spec[key], oc.name as string);
            expect(gc, `${w.label}: golden has ${key} ${String(oc.name)}`).toBeDefined();
            // Fields the workload sets on its own container of that name are the workload's.
            const own = byName(original.spec[key], oc.name as string) ?? byName(original.spec[other], oc.name as string) ?? {};
            const fromTemplate = (view: Obj): Obj => Object.fromEntries(Object.entries(view).filter(([k]) => !(k in own)));
            expect(fromTemplate(containerView(oc)), `${w.label}: ${String(oc.name)}`).toEqual(fromTemplate(containerView(gc!)));
          }
        }
        // Labels and annotations the templates add (the engine's post-processing adds the rest).
        for (const key of ['labels', 'annotations'] as const) {
          const ours = Object.assign({}, ...overlays.map((o) => (o.metadata[key] ?? {}) as Obj)) as Obj;
          const theirs = (golden.metadata[key] ?? {}) as Obj;
          const had = (original.metadata[key] ?? {}) as Obj;
          for (const [k, v] of Object.entries(ours)) expect(theirs[k], `${w.label}: ${key} ${k}`).toEqual(v);
          const added = Object.keys(theirs).filter((k) => !POST_PROCESSING_METADATA.has(k) && JSON.stringify(had[k]) !== JSON.stringify(theirs[k]));
          expect(Object.keys(ours), `${w.label}: the ${key} injection added`).toEqual(expect.arrayContaining(added));
        }
        // Volumes.
        const vols = overlays.flatMap((o) => (o.spec.volumes as Obj[] | undefined) ?? []);
        for (const vol of vols) {
          expect(omitZero(byName(golden.spec.volumes, vol.name as string)), `${w.label}: volume ${String(vol.name)}`).toEqual(omitZero(vol));
        }
        const addedVolumes = ((golden.spec.volumes as Obj[] | undefined) ?? []).map((v) => v.name).filter((n) => !byName(original.spec.volumes, n as string));
        expect(vols.map((v) => v.name), `${w.label}: the volumes injection added`).toEqual(expect.arrayContaining(addedVolumes));
      });
    });
  }
});
