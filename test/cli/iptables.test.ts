/** `kube-inject iptables -f`: each workload's rules come from the istio-init injection renders for it. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../helpers/normalize.js';
import { runCli } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const BOOKSHOP = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');

describe('kube-inject iptables -f', () => {
  it("prints, for each workload, the rules of the istio-init arguments injection renders for it", async () => {
    const injected = await runCli(['-f', BOOKSHOP]);
    const docs = parseManifests(injected.stdout) as any[];
    const r = await runCli(['iptables', '-f', BOOKSHOP]);
    expect(r.code, r.stderr).toBe(0);
    const sections = r.stdout.split(/\n(?=# \w+ ")/);
    const workloads = docs.filter((d) => d?.kind === 'Deployment');
    expect(sections.length).toBe(workloads.length);
    for (const [i, d] of workloads.entries()) {
      const init = d.spec.template.spec.initContainers.find((c: any) => c.name === 'istio-init');
      const alone = await runCli(['iptables', ...init.args.slice(1)]);
      expect(alone.code, alone.stderr).toBe(0);
      expect(sections[i], d.metadata.name).toContain(`# Deployment "bookshop/${d.metadata.name}": the rules istio-init applies: istio-iptables -p 15001`);
      expect(sections[i]!.split('\n').slice(1).join('\n').trimEnd()).toBe(alone.stdout.trimEnd());
    }
    // The orders Deployment keeps MySQL traffic out of the mesh (traffic.sidecar.istio.io/excludeOutboundPorts).
    expect(r.stdout).toContain('-A ISTIO_OUTPUT -p tcp --dport 3306 -j RETURN');
  });

  it('adds the flags given after each workload\'s own, says when a workload has no capture, and takes the pod\'s DNS setting from its env', async () => {
    const pods = `apiVersion: v1
kind: Pod
metadata:
  name: dns
  annotations:
    proxy.istio.io/config: '{"proxyMetadata": {"ISTIO_META_DNS_CAPTURE": "true"}}'
spec:
  containers:
  - name: app
    image: x
---
apiVersion: v1
kind: Pod
metadata:
  name: plain
  annotations:
    sidecar.istio.io/inject: "false"
spec:
  containers:
  - name: app
    image: x
`;
    const r = await runCli(['iptables', '-f', '-', '--dns-servers', '10.96.0.10'], { stdin: pods });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('-A ISTIO_OUTPUT_DNS -p udp --dport 53 -d 10.96.0.10/32 -j REDIRECT --to-port 15053');
    expect(r.stdout).toContain('# Pod "plain": not injected');
  });

  it('says when the Istio CNI plugin applies the rules (istio-validation only checks them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kube-inject-iptables-'));
    writeFileSync(join(dir, 'cni.yaml'), 'cni:\n  enabled: true\n');
    const r = await runCli(['iptables', '-f', BOOKSHOP, '--values', join(dir, 'cni.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('# Deployment "bookshop/orders-v1": the rules the Istio CNI plugin applies (istio-validation checks): istio-iptables -p 15001');
    expect(r.stdout).toContain('--run-validation --skip-rule-apply\n# iptables-restore --noflush\n* nat\n');
  });
});
