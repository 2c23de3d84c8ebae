/**
 * `kube-inject explain`: what it says comes from the injected pod (its istio-init arguments,
 * its rewritten probes) and the Services of the input, in three renderings of one model.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { ISTIO_DATA_DIR, REPO_ROOT } from '../helpers/shared.js';

const BOOKSHOP = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');
const ISTIO = ['--values', join(ISTIO_DATA_DIR, 'config', 'test-default.values.json'), '--mesh-config', join(ISTIO_DATA_DIR, 'config', 'test-default.mesh.yaml')];

const APP = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: shop
spec:
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http-web
  - name: tcp-admin
    port: 9000
---
apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
spec:
  clusterIP: 10.0.0.7
  selector:
    app: db
  ports:
  - name: mysql
    port: 3306
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        version: v1
      annotations:
        traffic.sidecar.istio.io/excludeOutboundPorts: "3306"
        traffic.sidecar.istio.io/excludeInboundPorts: "9000"
    spec:
      containers:
      - name: web
        image: example/web:1
        ports:
        - name: http-web
          containerPort: 8080
        - containerPort: 9000
        readinessProbe:
          httpGet:
            path: /ready
            port: 8080
`;

const explain = (text: string, ...args: string[]) => runCli(['explain', '-f', '-', ...args], { stdin: text });

describe('kube-inject explain', () => {
  it('gives the capture settings injection rendered, the probe rewrite and the paths, named as Istio names them', async () => {
    const r = await explain(APP);
    expect(r.code, r.stderr).toBe(0);
    const text = r.stdout;
    expect(text).toContain('Deployment "shop/web": injected; traffic capture by istio-init, interception mode REDIRECT');
    expect(text).toMatch(/Inbound: {2}every TCP port → Envoy on 15006; bypassing Envoy: 15008 \(HBONE tunnel, always\), 15090 \(excluded \(-d\)\), 15021 \(excluded \(-d\)\), 9000 \(excluded \(-d\)\), 15020/);
    expect(text).toContain('Outbound: every IP range → Envoy on 15001; bypassing Envoy: port 3306 (-o), loopback (127.0.0.1/32)');
    expect(text).toContain("Exempt:   traffic of UID 1337 and GID 1337 (the proxy's own) is never captured");
    expect(text).toContain('Probe:    web readinessProbe: the kubelet calls GET :15020/app-health/web/readyz; pilot-agent calls HTTP GET :8080/ready');
    // Inbound: the named targetPort resolves to the container port; HTTP gets the HTTP connection manager.
    expect(text).toContain('inbound  Service "shop/web" port 80 (http) → 8080 [HTTP]\n      nat PREROUTING → ISTIO_INBOUND → ISTIO_IN_REDIRECT → :15006 → listener virtualInbound → filter chain HTTP connection manager → cluster inbound|8080|| → container web:8080');
    // An excluded inbound port bypasses Envoy.
    expect(text).toContain('inbound  Service "shop/web" port 9000 (tcp-admin) → 9000 [TCP] — not captured (port 9000 bypasses Envoy: excluded (-d))');
    // Outbound HTTP: the 0.0.0.0_<port> listener and the <port> route.
    expect(text).toContain('outbound web.shop.svc.cluster.local:80 (http) [HTTP]\n      nat OUTPUT → ISTIO_OUTPUT → ISTIO_REDIRECT → :15001 → listener virtualOutbound → listener 0.0.0.0_80 → route 80 → cluster outbound|80||web.shop.svc.cluster.local → web.shop.svc.cluster.local:80');
    // Outbound to an excluded port is not captured.
    expect(text).toContain('outbound db.shop.svc.cluster.local:3306 (mysql) [MySQL] — not captured (port 3306 bypasses Envoy: excluded (-o))');
  });

  it('reads the capture from the istio-init arguments of the injected pod (the same ones `iptables -f` uses)', async () => {
    const injected = await runCli(['-f', '-'], { stdin: APP });
    const pod = (parseManifests(injected.stdout) as any[]).find((d) => d?.kind === 'Deployment');
    const init = pod.spec.template.spec.initContainers.find((c: any) => c.name === 'istio-init');
    const r = await explain(APP, '--format', 'json');
    const w = JSON.parse(r.stdout).workloads[0];
    expect(w.capture.args).toEqual(init.args.slice(1));
    const d = init.args[init.args.indexOf('-d') + 1].split(',');
    expect(w.capture.inboundBypassed.map((b: any) => b.port)).toEqual(['15008', ...d]);
  });

  it('follows TPROXY and the include/exclude ranges of the values (Istio test settings)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-inject-explain-'));
    writeFileSync(join(dir, 'mesh.yaml'), 'defaultConfig:\n  interceptionMode: TPROXY\n');
    writeFileSync(join(dir, 'values.json'), JSON.stringify({ global: { proxy: { includeIPRanges: '10.96.0.0/12', excludeIPRanges: '10.96.0.2/32' } } }));
    const r = await explain(APP, ...ISTIO, '--mesh-config', join(dir, 'mesh.yaml'), '--values', join(dir, 'values.json'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('interception mode TPROXY');
    expect(r.stdout).toContain('mangle PREROUTING → ISTIO_INBOUND → ISTIO_TPROXY → :15006');
    expect(r.stdout).toContain('Outbound: IP ranges 10.96.0.0/12 → Envoy on 15001; bypassing Envoy: range 10.96.0.2/32 (-x)');
    expect(r.stdout).toContain("(only if the Service's cluster IP is in 10.96.0.0/12 (-i))");
  });

  it('says so for a workload that is not injected, and lists the lint findings', async () => {
    const r = await explain(APP.replace('      labels:\n        app: web\n        version: v1', '      labels:\n        app: web\n        version: v1\n        sidecar.istio.io/inject: "false"'));
    expect(r.stdout).toContain('Deployment "shop/web": not injected (sidecar.istio.io/inject is "false"): no sidecar, no traffic capture');
    const m = await explain(APP.replace('        version: v1\n', ''));
    expect(m.stdout).toMatch(/Lint: {5}line \d+ warning app-version-labels: the pod template has no "version"/);
  });

  it('--format json is the same model', async () => {
    const r = await explain(APP, '--format', 'json');
    const w = JSON.parse(r.stdout).workloads[0];
    expect(w.workload).toBe('Deployment "shop/web"');
    expect(w.inbound[0].hops.map((h: any) => h.name)).toEqual(['nat PREROUTING', 'ISTIO_INBOUND', 'ISTIO_IN_REDIRECT', '15006', 'virtualInbound', 'HTTP connection manager', 'inbound|8080||', 'container web:8080']);
    const db = w.outbound.find((p: any) => p.port === 3306);
    expect(db).toMatchObject({ captured: false, protocol: 'MySQL' });
  });

  it('--format mermaid draws every path as a well-formed flowchart', async () => {
    const r = await runCli(['explain', '-f', BOOKSHOP, '--format', 'mermaid']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const declared = new Set<string>();
    const used: string[] = [];
    let depth = 0;
    for (const line of lines.slice(1)) {
      const node = /^\s+(n\d+)(\(\[|\[\/|\(\(|\[\(|\{\{|\[)"[^"]*"(\]\)|\/\]|\)\)|\)\]|\}\}|\])$/.exec(line);
      const edge = /^\s+(n\d+) -->(\|[^|]+\|)? (n\d+)$/.exec(line);
      if (node) declared.add(node[1]!);
      else if (edge) used.push(edge[1]!, edge[3]!);
      else if (/^ {2}subgraph w\d+\["[^"]*"\]$/.test(line)) depth++;
      else if (line === '  end') depth--;
      else throw new Error(`not a flowchart line: ${JSON.stringify(line)}`);
    }
    expect(depth).toBe(0);
    for (const id of used) expect(declared.has(id), id).toBe(true);
    expect(r.stdout).toContain('["listener virtualOutbound"]');
    expect(r.stdout).toContain('[("cluster outbound#124;8080#124;#124;catalog.bookshop.svc.cluster.local")]');
    expect(r.stdout).toContain('{{"route 9090"}}');
  });

  it('explains what it can and names the workload it cannot, exit 2', async () => {
    const r = await runCli(['explain', '-f', join(REPO_ROOT, 'fixtures', 'mistakes.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mistakes\.yaml:\d+:\d+: error: Deployment "petstore\/api-v1"/);
    expect(r.stdout).toContain('Deployment "petstore/frontend": injected');
  });
});
