import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web, version: v1}\n    spec:\n      containers:\n      - name: web\n        image: web:1\n';
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: web}\n  ports:\n  - name: http\n    port: 80\n';

function files(): { dir: string; app: string; svc: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ki-inject-files-'));
  writeFileSync(join(dir, 'app.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'svc.yaml'), SERVICE);
  return { dir, app: join(dir, 'app.yaml'), svc: join(dir, 'svc.yaml') };
}

describe('files as arguments to inject', () => {
  it('`inject FILE…` and bare `kube-inject FILE…` write what `-f FILE…` writes', async () => {
    const f = files();
    const withF = await runCli(['-q', '-f', f.svc, '-f', f.app]);
    expect(withF.code, withF.stderr).toBe(0);
    expect(withF.stdout).toContain('istio-proxy');
    const inject = await runCli(['inject', '-q', f.svc, f.app]);
    expect(inject.code, inject.stderr).toBe(0);
    expect(inject.stdout).toBe(withF.stdout);
    const bare = await runCli([f.svc, f.app, '-q']);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toBe(withF.stdout);
  });

  it('-f inputs come first, then the arguments, as for lint', async () => {
    const f = files();
    const mixed = await runCli(['-q', f.app, '-f', f.svc]);
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stdout).toBe((await runCli(['-q', '-f', f.svc, '-f', f.app])).stdout);
  });

  it('a near miss of a command name that is no file is called an unknown command, not a missing file', async () => {
    const f = files();
    const r = await runCli(['lnt', f.app]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('unknown command "lnt" (did you mean "lint"?)');
    const missing = await runCli(['-q', join(f.dir, 'nope.yaml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: error: cannot read: no such file or directory');
  });

  it('relative paths are read from the working directory the CLI is given', async () => {
    const f = files();
    const r = await runCli(['-q', 'svc.yaml', '-f', 'app.yaml'], { cwd: f.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe((await runCli(['-q', '-f', f.app, f.svc])).stdout);
  });

  it('the usage names the files argument', async () => {
    const r = await runCli(['inject', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: kube-inject inject [options] [files...]');
    const help = r.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('inject is the default command: kube-inject app.yaml');
    expect(help).toContain('kube-inject app.yaml other.yaml > injected.yaml');
    expect(help).toContain('no manifest at all');
    expect((await runCli(['--help'])).stdout).toContain('inject [options] [files...]');
  });
});
