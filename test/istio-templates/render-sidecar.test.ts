import { readFileSync } from 'node:fs';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import { SHARED, injectorTemplates, sidecarData } from './sidecar-fixture.js';

type Obj = Record<string, any>;

const funcs = injectionFunctions({ getEnv: () => undefined });
const opts = { funcs, fieldResolver: goJsonFieldResolver };

describe("Istio's injector templates", () => {
  const templates = injectorTemplates();

  it('has the templates we expect', () => {
    expect(Object.keys(templates)).toEqual(expect.arrayContaining(['sidecar', 'gateway', 'grpc-simple', 'grpc-agent', 'waypoint']));
  });

  for (const [name, text] of Object.entries(templates)) {
    it(`parses ${name}`, () => {
      const t = parseTemplate(name, text, opts);
      expect(t.has(name)).toBe(true);
    });
  }

  describe('sidecar', () => {
    const t = parseTemplate('sidecar', templates['sidecar']!, opts);
    const out = t.execute(sidecarData());
    // The template closes a flow mapping (`annotations: {…}`) at the key's own indentation, which
    // Go's YAML parser accepts and js-yaml rejects; indent that one line for js-yaml.
    const doc = load(out.replace(/^  }$/m, '    }')) as Obj;
    const golden = (loadAll(readFileSync(`${SHARED}/inject/hello-old-version.yaml.injected`, 'utf8')) as Obj[])[0]!;
    const goldenSpec = golden.spec.template.spec as Obj;
    const goldenProxy = (goldenSpec.containers as Obj[]).find((c) => c.name === 'istio-proxy')!;
    const goldenInit = (goldenSpec.initContainers as Obj[]).find((c) => c.name === 'istio-init')!;

    it('renders istio-proxy first among containers', () => {
      expect(doc.spec.containers[0].name).toBe('istio-proxy');
    });

    it('renders istio-init with istio-iptables args as the golden', () => {
      const init = (doc.spec.initContainers as Obj[]).find((c) => c.name === 'istio-init')!;
      expect(init.args[0]).toBe('istio-iptables');
      expect(init.args).toEqual(goldenInit.args);
      expect(init.securityContext).toEqual(goldenInit.securityContext);
    });

    it('renders istio-proxy ports, args and probes as the golden', () => {
      const proxy = doc.spec.containers[0] as Obj;
      expect(proxy.image).toBe(goldenProxy.image);
      expect(proxy.ports).toEqual(goldenProxy.ports);
      expect(proxy.args).toEqual(goldenProxy.args);
      // Go's JSON writer drops zero fields (initialDelaySeconds: 0) when it serialises the pod.
      expect({ ...proxy.readinessProbe, initialDelaySeconds: undefined }).toEqual(goldenProxy.readinessProbe);
      expect(proxy.readinessProbe.initialDelaySeconds).toBe(0);
      expect(proxy.securityContext).toEqual(goldenProxy.securityContext);
      expect(proxy.volumeMounts).toEqual(goldenProxy.volumeMounts);
    });

    it('renders the proxy env as the golden (JSON values compared parsed)', () => {
      const env = (doc.spec.containers[0] as Obj).env as Obj[];
      // Istio drops proxy-config fields equal to its defaults before protoToJSON (not a template
      // matter), and its goldens predate GOMAXPROCS in the template.
      const skip = new Set(['PROXY_CONFIG', 'GOMAXPROCS']);
      const norm = (e: Obj[]) =>
        e.filter((x) => !skip.has(x.name)).map((x) => (x.name === 'ISTIO_META_POD_PORTS' ? { ...x, value: JSON.parse(x.value) } : x));
      expect(norm(env)).toEqual(norm(goldenProxy.env as Obj[]));
      const proxyConfig = JSON.parse(env.find((x) => x.name === 'PROXY_CONFIG')!.value);
      expect(proxyConfig.discoveryAddress).toBe('istiod.istio-system.svc:15012');
    });

    it('renders labels and annotations from the template', () => {
      expect(doc.metadata.labels).toEqual({
        'security.istio.io/tlsMode': 'istio',
        'service.istio.io/canonical-name': 'hello',
        'service.istio.io/canonical-revision': 'latest',
      });
      expect(doc.metadata.annotations['kubectl.kubernetes.io/default-container']).toBe('hello');
      expect(doc.metadata.annotations['istio.io/rev']).toBe('default');
    });

    it('renders the volumes of the golden', () => {
      const names = (doc.spec.volumes as Obj[]).map((v) => v.name);
      expect(names).toEqual((goldenSpec.volumes as Obj[]).map((v) => v.name));
    });
  });
});
