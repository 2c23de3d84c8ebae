/**
 * Hostile files around the reader and the writer: links out of the tree, devices, FIFOs, and
 * what `-o` finds at its path. Each case here did harm before it was fixed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removePendingOutput, writeFileAtomic } from '../../src/cli/write-output.js';
import { runBin, runCli } from '../helpers/run-cli.js';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'ki-hostile-files-'));
}

describe('directory walks', () => {
  it('do not follow symbolic links out of the tree, and say so', async () => {
    const dir = scratch();
    const secret = join(dir, 'id_ed25519');
    writeFileSync(secret, 'PRIVATE KEY MATERIAL\n');
    mkdirSync(join(dir, 'k8s'));
    writeFileSync(join(dir, 'k8s', 'cm.yaml'), CM);
    symlinkSync(secret, join(dir, 'k8s', 'zz-key.yaml'));
    for (const args of [['-f', join(dir, 'k8s')], ['lint', '-f', join(dir, 'k8s')]]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout + r.stderr).not.toContain('PRIVATE KEY');
      expect(r.stderr).toContain(`warning: ${join(dir, 'k8s', 'zz-key.yaml')}: skipped, a symbolic link`);
    }
  });

  it('do not read a link to a device forever', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'cm.yaml'), CM);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    const r = await runBin(['-q', '-f', dir], { timeoutMs: 20_000 });
    expect(r.signal).toBeNull();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(CM);
  });
});

describe('a path named with -f', () => {
  it('is refused when it is a device or a FIFO, instead of being read forever', async () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      const r = await runBin(['-q', '-f', path], { timeoutMs: 20_000 });
      expect(r.signal, path).toBeNull();
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: error: cannot read: (a device|a FIFO)`));
    }
  });

  it('is refused as a lint configuration when it is a device or a FIFO, as every input is', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'cm.yaml'), CM);
    const fifo = join(dir, 'config.yaml');
    execFileSync('mkfifo', [fifo]);
    for (const path of ['/dev/zero', fifo]) {
      const r = await runBin(['lint', '-f', join(dir, 'cm.yaml'), '--config', path], { timeoutMs: 20_000 });
      expect(r.signal, path).toBeNull();
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/cannot read the lint configuration: (a device|a FIFO)/);
    }
  });

  it('is followed when it is a link the user named', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.yaml'), CM);
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'link.yaml'));
    const r = await runCli(['-q', '-f', join(dir, 'link.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(CM);
  });
});

describe('-o', () => {
  it('keeps a symbolic link a link, and replaces the file it points at', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'real.yaml'), 'old\n');
    symlinkSync(join(dir, 'real.yaml'), join(dir, 'out.yaml'));
    await writeFileAtomic(join(dir, 'out.yaml'), CM);
    expect(lstatSync(join(dir, 'out.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.yaml'), 'utf8')).toBe(CM);
  });

  it("keeps an existing file's permissions", async () => {
    const dir = scratch();
    const out = join(dir, 'out.yaml');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o600);
    await writeFileAtomic(out, CM);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toBe(CM);
  });

  it('keeps hard links shared', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.yaml'), 'old\n');
    linkSync(join(dir, 'a.yaml'), join(dir, 'b.yaml'));
    await writeFileAtomic(join(dir, 'a.yaml'), CM);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(CM);
    expect(statSync(join(dir, 'a.yaml')).ino).toBe(statSync(join(dir, 'b.yaml')).ino);
  });

  it('writes into a FIFO instead of replacing it with a file', async () => {
    const dir = scratch();
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve, reject) => {
      import('node:fs').then(({ createReadStream }) => {
        const chunks: Buffer[] = [];
        createReadStream(fifo).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
      }, reject);
    });
    await writeFileAtomic(fifo, CM);
    expect(await reader).toBe(CM);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('leaves no temporary file behind when the write is interrupted', async () => {
    const dir = scratch();
    const writing = writeFileAtomic(join(dir, 'out.yaml'), 'x'.repeat(64 * 1024 * 1024)).catch((e: unknown) => e);
    // Wait until the temporary file exists, then stop as the signal handler does.
    for (let i = 0; i < 10_000 && !readdirSync(dir).some((f) => f.startsWith('.kube-inject-tmp-')); i++) await new Promise((r) => setImmediate(r));
    expect(readdirSync(dir).some((f) => f.startsWith('.kube-inject-tmp-')), 'the temporary file was seen').toBe(true);
    removePendingOutput();
    await writing;
    expect(readdirSync(dir).filter((f) => f.startsWith('.kube-inject-tmp-'))).toEqual([]);
    expect(existsSync(join(dir, 'out.yaml'))).toBe(false);
  });
});

describe('configuration files', () => {
  it('are single files: a directory given to --values is refused, not walked for its first file', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'values'));
    writeFileSync(join(dir, 'values', 'a.yaml'), 'global:\n  hub: a.example\n');
    writeFileSync(join(dir, 'values', 'b.yaml'), 'global:\n  hub: b.example\n');
    writeFileSync(join(dir, 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: a}]\n');
    const r = await runCli(['-q', '-f', join(dir, 'pod.yaml'), '--values', join(dir, 'values')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${join(dir, 'values')}: error: values file: give a file, not a directory`);
    const stdin = await runCli(['-q', '-f', join(dir, 'pod.yaml'), '--mesh-config', '-']);
    expect(stdin.code).toBe(2);
  });
});
