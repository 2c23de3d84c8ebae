/** A run that finds no manifest at all is an error (exit 2) naming what it was given. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../helpers/run-cli.js';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ki-no-manifests-'));
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    if (name.endsWith('/')) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return dir;
}

/** Both commands, on the same arguments: exit 2, nothing on stdout for inject, the message somewhere. */
async function both(args: string[], stdin?: string): Promise<{ lint: CliRun; inject: CliRun }> {
  const options = stdin === undefined ? {} : { stdin };
  const lint = await runCli(['lint', ...args], options);
  const inject = await runCli(['inject', '-q', ...args], options);
  return { lint, inject };
}

function expectRefused(r: { lint: CliRun; inject: CliRun }, message: string): void {
  expect(r.lint.code, r.lint.stdout + r.lint.stderr).toBe(2);
  expect(r.lint.stdout + r.lint.stderr).toContain(message);
  expect(r.inject.code, r.inject.stderr).toBe(2);
  expect(r.inject.stdout).toBe('');
  expect(r.inject.stderr).toContain(`error: ${message}\n`);
  expect(r.inject.stderr).toContain('kube-inject: 1 error; nothing was written');
}

describe('no manifests at all', () => {
  it('an empty directory', async () => {
    const dir = tree({ 'empty/': '' });
    expectRefused(await both(['-f', join(dir, 'empty') + '/']), `no manifests found in ${join(dir, 'empty')}/ (looked for .yaml, .yml, .json)`);
  });

  it('a directory with no .yaml, .yml or .json file (hidden ones are not read)', async () => {
    const dir = tree({ 'notes.txt': 'hello', '.hidden/app.yaml': CM, 'chart/README.md': '# chart' });
    expectRefused(await both([dir]), `no manifests found in ${dir} (looked for .yaml, .yml, .json)`);
  });

  it('empty standard input (lint </dev/null, and -f -)', async () => {
    expectRefused(await both([], ''), 'no manifests found in standard input (it is empty)');
    expectRefused(await both(['-f', '-'], '\n\n'), 'no manifests found in standard input (it is empty)');
  });

  it('only comments and empty documents in every file of a directory, or on standard input', async () => {
    const dir = tree({ 'a/one.yaml': '# nothing here yet\n---\n---\n', 'a/two.yml': '' });
    expectRefused(await both([join(dir, 'a')]), `no manifests found in ${join(dir, 'a')} (2 files, only comments and empty documents)`);
    expectRefused(await both(['-f', '-'], '# c\n'), 'no manifests found in standard input (only comments and empty documents)');
  });

  it('a file named by path is what was meant, empty or not (pre-commit passes a file whose manifests were deleted)', async () => {
    const dir = tree({ 'a/one.yaml': '# nothing here yet\n---\n---\n', 'a/two.yml': '' });
    for (const file of [join(dir, 'a', 'one.yaml'), join(dir, 'a', 'two.yml')]) {
      const r = await both([file]);
      expect(r.lint.code, r.lint.stdout + r.lint.stderr).toBe(0);
      expect(r.inject.code, r.inject.stderr).toBe(0);
    }
    const r = await both([join(dir, 'a', 'one.yaml')]);
    expect(r.inject.stdout, 'passed through as it is').toBe('# nothing here yet\n---\n---\n');
  });

  it('an empty file among others with manifests is fine', async () => {
    const dir = tree({ 'empty.yaml': '', 'cm.yaml': CM });
    const r = await both([join(dir, 'empty.yaml'), join(dir, 'cm.yaml')]);
    expect(r.lint.code, r.lint.stderr).toBe(0);
    expect(r.lint.stdout).toBe('no problems found\n');
    expect(r.inject.code, r.inject.stderr).toBe(0);
    expect(r.inject.stdout).toBe(CM);
  });
});
