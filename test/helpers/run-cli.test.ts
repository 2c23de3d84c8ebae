/** The in-memory driver itself: what it hands `main`, and what it captures. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeIO, runCli, runCliOnText } from './run-cli.js';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c # a comment\ndata:\n  a: b\n';

describe('runCli (in memory)', () => {
  it('captures stdout and the exit code', async () => {
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('captures stderr and the exit code of a usage error', async () => {
    const r = await runCli(['--definitely-not-an-option']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/definitely-not-an-option/);
  });

  it('feeds stdin to -f -', async () => {
    const r = await runCliOnText(CM, ['-q']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(CM);
  });

  it('never lets the CLI read a terminal stdin', async () => {
    const f = fakeIO({ stdinIsTTY: true });
    await expect(f.io.stdin.read()).rejects.toThrow(/terminal/);
    const r = await runCli([], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-f/);
  });

  it('passes the TTY flags, env and cwd it is given', () => {
    const f = fakeIO({ stdoutIsTTY: true, stderrIsTTY: false, env: { NO_COLOR: '1' }, cwd: '/tmp' });
    expect(f.io.stdout.isTTY).toBe(true);
    expect(f.io.stderr.isTTY).toBe(false);
    expect(f.io.env).toEqual({ NO_COLOR: '1' });
    expect(f.io.cwd).toBe('/tmp');
    expect(fakeIO().io.env).toEqual({});
    expect(readdirSync(fakeIO().io.cwd), 'the default working directory is empty').toEqual([]);
  });
});

describe('--version', () => {
  it('is the version of package.json', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect((await runCli(['--version'])).stdout.trim()).toBe(pkg.version);
  });
});
