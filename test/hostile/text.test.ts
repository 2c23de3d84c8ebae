/** Input that reaches the terminal, and object kinds that are JavaScript's own names. */
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/emit/printable.js';
import { runCli } from '../helpers/run-cli.js';

const ESC = '\u001b';

describe('control characters from the input', () => {
  it('are escaped in every human-readable line: report, warnings, errors, lint text', async () => {
    const name = `web${ESC}[2J${ESC}]0;pwned\u0007\rfake`;
    const doc = `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${JSON.stringify(name)}\nspec:\n  ports:\n  - {port: 80, name: web}\n`;
    const inject = await runCli(['-f', '-'], { stdin: doc });
    expect(inject.code, inject.stderr).toBe(0);
    expect(inject.stderr).toContain('Service "web\\x1b[2J\\x1b]0;pwned\\x07\\x0dfake" unchanged');
    const lint = await runCli(['lint', '-f', '-'], { stdin: doc });
    expect(lint.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(lint.stdout).toContain('web\\x1b[2J');
    const github = await runCli(['lint', '-f', '-', '--format', 'github'], { stdin: doc });
    expect(github.stdout).not.toContain(ESC);
    const bad = await runCli(['-f', '-'], { stdin: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${JSON.stringify(name)}\nspec:\n  containers: nope\n` });
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toContain(ESC);
    expect(bad.stderr).toContain('\\x1b');
  });

  it('printable keeps text, tabs and line feeds, and escapes the rest', () => {
    expect(printable('a\tb\nc')).toBe('a\tb\nc');
    expect(printable('x\u202ey\u0085z\u2028')).toBe('x\\u202ey\\x85z\\u2028');
  });
});

describe('kinds named like JavaScript built-ins', () => {
  it('pass through as any other object, instead of crashing', async () => {
    for (const kind of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const doc = `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: x\n`;
      for (const args of [['-f', '-'], ['lint', '-f', '-']]) {
        const r = await runCli(args, { stdin: doc });
        expect(r.stderr, `${kind} ${args[0]}`).not.toContain('internal error');
        expect(r.code, `${kind} ${args[0]}: ${r.stderr}`).toBeLessThan(2);
      }
    }
  });
});

describe('a List', () => {
  it('whose items are not a list is an error, as kubectl makes it', async () => {
    const r = await runCli(['-f', '-'], { stdin: 'apiVersion: v1\nkind: List\nitems:\n  a: b\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/<stdin>:4:3: error: List: items must be a list of objects/);
    const lint = await runCli(['lint', '-f', '-'], { stdin: 'apiVersion: v1\nkind: List\nitems:\n  a: b\n' });
    expect(lint.code).toBe(2);
  });
});

describe('a string of megabytes in an injected document', () => {
  it('is written (double-quoted) instead of overflowing the stack', async () => {
    const { load } = await import('js-yaml');
    for (const big of ['x'.repeat(3 * 1024 * 1024), 'a b: c\u2028\u007f '.repeat(300_000)]) {
      const doc = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\n  annotations:\n    big: ${JSON.stringify(big)}\nspec:\n  containers:\n  - name: app\n    image: app:1\n`;
      const r = await runCli(['-q', '-f', '-'], { stdin: doc });
      expect(r.code, r.stderr.slice(0, 300)).toBe(0);
      const out = load(r.stdout) as { metadata: { annotations: Record<string, string> }; spec: { containers: Array<{ name: string }> } };
      expect(out.metadata.annotations['big'] === big, 'the string comes back the same').toBe(true);
      expect(out.spec.containers.map((c) => c.name)).toContain('istio-proxy');
    }
  });
});

describe('a supplied template reading the environment', () => {
  it('gets nothing unless --allow-env is given, so it cannot copy a CI secret into the output', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'ki-env-'));
    const tmpl = join(dir, 'sidecar.tmpl');
    writeFileSync(tmpl, 'metadata:\n  annotations:\n    leak: {{ env "GITHUB_TOKEN" "none" | quote }}\n');
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n  - name: app\n    image: app:1\n';
    const env = { GITHUB_TOKEN: 'ghs_secret' };
    const quiet = await runCli(['-q', '-f', '-', '--inject-config', tmpl], { stdin: pod, env });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stdout).not.toContain('ghs_secret');
    expect(quiet.stdout).toContain('leak: none');
    const allowed = await runCli(['-q', '-f', '-', '--inject-config', tmpl, '--allow-env'], { stdin: pod, env });
    expect(allowed.stdout).toContain('leak: ghs_secret');
  });
});
