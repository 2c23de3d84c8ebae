/**
 * Keys spelled like Go field names (`Annotations`, `Labels`, `Name`). Kubernetes drops them as
 * unknown fields and kube-inject's checks never read them, so the templates must not either:
 * Istio's templates read the decoded pod, whose `.ObjectMeta.Annotations` is the JSON
 * `annotations` and nothing else.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseTemplate, goJsonFieldResolver } from '../../src/gotemplate/index.js';
import { podView } from '../../src/render/index.js';
import { runCli } from '../helpers/run-cli.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, version: v1}
      annotations:
        example.com/Note: kept
      Annotations:
        sidecar.istio.io/proxyCPU: lots
      Labels:
        security.istio.io/tlsMode: disabled
    spec:
      ServiceAccountName: admin
      containers:
      - name: app
        Name: istio-proxy
        image: app:1
        ports:
        - containerPort: 8080
        Ports:
        - containerPort: 9999
`;

interface Out {
  spec: { template: { metadata: { labels: Record<string, string> }; spec: { containers: Array<{ name: string; resources?: unknown; env?: Array<{ name: string; value?: string }> }> } } };
}

describe('keys spelled like Go field names', () => {
  it('are not what the templates read: no CPU "lots", no tlsMode "disabled", the app container still listed', async () => {
    const r = await runCli(['-q', '-f', '-'], { stdin: DEPLOYMENT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/cpu: lots/);
    const out = load(r.stdout) as Out;
    const pod = out.spec.template;
    expect(pod.metadata.labels['security.istio.io/tlsMode']).toBe('istio');
    const proxy = pod.spec.containers.find((c) => c.name === 'istio-proxy')!;
    const env = Object.fromEntries((proxy.env ?? []).map((e) => [e.name, e.value]));
    expect(env['ISTIO_META_APP_CONTAINERS']).toBe('app');
    expect(env['ISTIO_META_POD_PORTS']).toContain('8080');
    expect(env['ISTIO_META_POD_PORTS']).not.toContain('9999');
  });

  it('are invisible to Go-name lookups in the pod data; map keys stay as they are', () => {
    const meta = { name: 'p', annotations: { 'example.com/Note': 'kept', Annotations: 'map key' }, Annotations: { evil: 'x' }, Labels: { evil: 'y' }, nAme: 'z' };
    const spec = {
      ServiceAccountName: 'admin',
      nodeSelector: { Zone: 'a' },
      containers: [{ name: 'app', Name: 'istio-proxy', readinessProbe: { hTTPGet: { port: 1 } }, resources: { limits: { CPU: '1' } } }],
    };
    const view = podView({ metadata: meta, spec });
    const t = parseTemplate(
      't',
      '{{ .ObjectMeta.Annotations }}|{{ .ObjectMeta.Labels }}|{{ .ObjectMeta.Name }}|{{ .Spec.ServiceAccountName | printf "%q" }}|' +
        '{{ range .Spec.Containers }}{{ .Name }} {{ .ReadinessProbe.HTTPGet }} {{ .Resources.Limits.CPU }}{{ end }}|{{ .Spec.NodeSelector.Zone }}',
      { fieldResolver: goJsonFieldResolver },
    );
    expect(t.execute(view)).toBe('map[Annotations:map key example.com/Note:kept]|map[]|p|""|app <no value> 1|a');
  });
});
