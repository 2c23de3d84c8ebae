/**
 * (d) Hostile values, generated: keys spelled like Go field names, JSON nested to any depth
 * inside annotations, strings full of control characters and line separators. None may crash
 * kube-inject, change what is injected, or come back changed.
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { goTrimSpace } from '../../src/istio/annotations/go-parse.js';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';
import { marshalGoYaml } from '../../src/render/functions.js';
import { parseManifests } from '../helpers/normalize.js';
import { runCliOnText } from '../helpers/run-cli.js';
import { pod, type Obj } from './arbitraries.js';
import { RUNS } from './support.js';

/** Characters that mean something to YAML, JSON, terminals or Unicode-aware trimming. */
const hostileChar = fc.constantFrom(
  'a', 'Z', ' ', '\t', '\n', '\r', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u3000',
  ':', '#', '-', '<', '>', '"', "'", '\\', '{', '}', '[', ']', ',', '&', '*', '!', '|', '%', '@', '`', '?', 'é', '😀',
);
const hostileString = fc.oneof(
  fc.string({ unit: hostileChar, maxLength: 12 }),
  fc.constantFrom('<<', '~', 'null', 'yes', 'on', '0755', '1e3', '---', '...', '- x', 'a: b', '? k', ''),
);

/** Istio annotations with values that would change the injection if the templates read them. */
const istioAnnotation = fc.constantFrom<[string, string]>(
  ['sidecar.istio.io/proxyCPU', 'lots'],
  ['sidecar.istio.io/proxyMemory', '1Ti'],
  ['sidecar.istio.io/interceptionMode', 'NONE'],
  ['sidecar.istio.io/inject', 'false'],
  ['sidecar.istio.io/userVolume', '{"evil":{"hostPath":{"path":"/"}}}'],
  ['sidecar.istio.io/userVolumeMount', '{"evil":{"mountPath":"/host"}}'],
  ['traffic.sidecar.istio.io/includeOutboundIPRanges', ''],
  ['proxy.istio.io/config', 'holdApplicationUntilProxyStarts: true'],
  ['status.sidecar.istio.io/port', '0'],
);

function removeAdded(doc: unknown): unknown {
  const d = structuredClone(doc) as Obj;
  const meta = d['metadata'] as Obj;
  delete meta['Annotations'];
  delete meta['Labels'];
  const spec = d['spec'] as Obj;
  delete spec['ServiceAccountName'];
  for (const list of [spec['containers'], spec['initContainers']]) {
    for (const c of Array.isArray(list) ? (list as Obj[]) : []) {
      delete c['Name'];
      delete c['Ports'];
      delete c['Resources'];
    }
  }
  return d;
}

describe('hostile values (properties)', () => {
  it('keys spelled like Go field names change nothing that is injected', async () => {
    await fc.assert(
      fc.asyncProperty(
        pod,
        fc.array(istioAnnotation, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('istio-proxy', 'istio-init', 'x'),
        fc.integer({ min: 15000, max: 15100 }),
        async (p, annotations, name, port) => {
          const hostile = structuredClone(p);
          const meta = hostile['metadata'] as Obj;
          meta['Annotations'] = Object.fromEntries(annotations);
          meta['Labels'] = { 'security.istio.io/tlsMode': 'disabled', 'sidecar.istio.io/inject': 'false' };
          const spec = hostile['spec'] as Obj;
          spec['ServiceAccountName'] = 'admin';
          for (const c of spec['containers'] as Obj[]) {
            c['Name'] = name;
            c['Ports'] = [{ containerPort: port }];
            c['Resources'] = { limits: { cpu: 'lots' } };
          }
          const plain = await runCliOnText(JSON.stringify(p), ['-q']);
          const tried = await runCliOnText(JSON.stringify(hostile), ['-q']);
          expect(plain.code, plain.stderr).toBe(0);
          expect(tried.code, tried.stderr).toBe(0);
          expect(removeAdded(parseManifests(tried.stdout)[0])).toEqual(parseManifests(plain.stdout)[0]);
        },
      ),
      { numRuns: Math.round(RUNS / 2) },
    );
  });

  it('JSON nested to any depth in an annotation is injected, or refused at the annotation; never a crash', async () => {
    const nested = (depth: number, arrays: boolean[]): string => {
      let s = '1';
      for (let i = 0; i < depth; i++) s = arrays[i % arrays.length] ? `[${s}]` : `{"k":${s}}`;
      return s;
    };
    await fc.assert(
      fc.asyncProperty(
        // Each place: the annotation, its value around the nested JSON, and how many levels that adds.
        fc.constantFrom(
          (v: string) => ['sidecar.istio.io/userVolume', `{"v":${v}}`, 1] as const,
          (v: string) => ['sidecar.istio.io/userVolumeMount', `{"v":${v}}`, 1] as const,
          (v: string) => ['proxy.istio.io/overrides', `{"containers":[{"name":"istio-proxy","x":${v}}]}`, 3] as const,
          (v: string) => ['sidecar.istio.io/statsHistogramBuckets', `{"p":${v}}`, 1] as const,
        ),
        fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 5000 })),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        async (place, depth, arrays) => {
          const [key, value, around] = place(nested(depth, arrays));
          const doc = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    ${key}: ${JSON.stringify(value)}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
          const r = await runCliOnText(doc, ['-q']);
          expect(r.stderr).not.toContain('internal error');
          if (r.code !== 0) expect(r.stderr).toMatch(/^<stdin>:\d+:\d+: error: /m);
          if (depth + around > 100) {
            expect(r.code).toBe(2);
            expect(r.stderr).toContain(`annotation ${key}: JSON nested more than 100 levels deep; the limit is 100`);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('toYaml gives back every string: control characters, line separators, "<<"', () => {
    const value = fc.dictionary(hostileString, fc.oneof(hostileString, fc.array(hostileString, { maxLength: 3 }), fc.dictionary(hostileString, hostileString, { maxKeys: 3 })), { maxKeys: 4 });
    fc.assert(
      fc.property(value, (v) => {
        const text = marshalGoYaml(v);
        expect(load(text, { schema: KUBE_SCHEMA }), JSON.stringify(text)).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('a user volume with such strings is injected as given (an empty configMap name is left out, as omitempty does)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString.filter((s) => s !== ''), async (name, configMap) => {
        const volumes = { [name]: { configMap: { name: configMap } } };
        const doc = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    sidecar.istio.io/userVolume: ${JSON.stringify(JSON.stringify(volumes))}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
        const r = await runCliOnText(doc, ['-q']);
        expect(r.code, r.stderr).toBe(0);
        const out = parseManifests(r.stdout)[0] as { spec: { volumes: Obj[] } };
        const v = out.spec.volumes.find((x) => x['name'] === name);
        expect(v, `volume ${JSON.stringify(name)} in\n${r.stdout}`).toEqual({ name, configMap: { name: configMap } });
      }),
      { numRuns: RUNS },
    );
  });

  it('annotation values are trimmed exactly of Unicode White_Space, as Go trims them', () => {
    fc.assert(
      fc.property(fc.string({ unit: hostileChar, maxLength: 12 }), (s) => {
        expect(goTrimSpace(s)).toBe(s.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, ''));
      }),
      { numRuns: 1000 },
    );
  });
});
