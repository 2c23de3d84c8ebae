/** The README's "Traffic capture" section: its commands run, and the output it quotes is what they print. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const SECTION = README.slice(README.indexOf('## Traffic capture'), README.indexOf('## Performance'));
const BOOKSHOP = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');

/** The fenced blocks of the section, in order. */
const blocks = [...SECTION.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2]! }));

describe('README: traffic capture', () => {
  it('quotes explain output that explain prints (every line but the elisions)', async () => {
    const quoted = blocks.find((b) => b.lang === '' && b.text.startsWith('Deployment "bookshop/orders-v1": injected'));
    expect(quoted).toBeDefined();
    const r = await runCli(['explain', '-f', BOOKSHOP]);
    expect(r.code, r.stderr).toBe(0);
    for (const line of quoted!.text.trimEnd().split('\n').filter((l) => l.trim() !== '…')) expect(r.stdout).toContain(line);
  });

  it('runs the iptables example as written', async () => {
    expect(SECTION).toContain("kube-inject iptables -p 15001 -z 15006 -u 1337 -m REDIRECT -i '*' -b '*' -d 15090,15021");
    const r = await runCli(['iptables', '-p', '15001', '-z', '15006', '-u', '1337', '-m', 'REDIRECT', '-i', '*', '-b', '*', '-d', '15090,15021']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('-A ISTIO_INBOUND -p tcp --dport 15090 -j RETURN\n-A ISTIO_INBOUND -p tcp --dport 15021 -j RETURN\n-A ISTIO_INBOUND -p tcp -j ISTIO_IN_REDIRECT\n');
    expect(r.stdout).toContain('-A ISTIO_OUTPUT -j ISTIO_REDIRECT\nCOMMIT\n');
  });

  it('quotes the uninject report line that uninject prints, and names each warning it documents', async () => {
    const injected = await runCli(['-f', BOOKSHOP]);
    const r = await runCli(['uninject', '-f', '-'], { stdin: injected.stdout });
    const quoted = blocks.find((b) => b.text.startsWith('Deployment "bookshop/orders-v1" uninjected'))!.text.trim();
    const [head] = quoted.split(', …');
    expect(r.stderr).toContain(head);
    for (const code of ['overwritten-by-injection', 'probe-port-number', 'zero-fields-dropped']) {
      expect(SECTION).toContain(`\`[${code}]\``);
      expect(readFileSync(join(REPO_ROOT, 'src', 'inject', 'uninject', 'pod.ts'), 'utf8')).toContain(`'${code}'`);
    }
  });
});
