/**
 * `readManifests`'s `onRead`: told how much was read before any of it is parsed (the pipeline
 * starts a long stream's injection workers then, so that they load the injector meanwhile), and
 * told so for input that turns out not to parse too. And its `onDocument`: told of a plain
 * stream's documents as they are read, which are then the read's own; a hint only when the
 * stream is read again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifests } from '../../src/read/manifests.js';

const dir = mkdtempSync(join(tmpdir(), 'kube-inject-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = { cwd: dir, readStdin: async () => 'kind: Namespace\n' };

describe('readManifests onRead', () => {
  it('is given the characters of every input, files and standard input, before they are parsed', async () => {
    writeFileSync(join(dir, 'a.yaml'), 'kind: A\n---\nkind: B\n');
    writeFileSync(join(dir, 'b.yaml'), 'kind: C\n');
    const seen: number[] = [];
    const read = await readManifests(['a.yaml', 'b.yaml', '-'], io, { onRead: (n) => void seen.push(n) });
    expect(seen).toEqual([20 + 8 + 16]);
    expect(read.docs.map((d) => (d.value as { kind: string }).kind)).toEqual(['A', 'B', 'C', 'Namespace']);
  });

  it('is waited for, and called for input that does not parse', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'kind: [\n');
    const order: string[] = [];
    const read = await readManifests(['bad.yaml'], io, {
      onRead: async (n) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(`read ${n}`);
      },
    });
    order.push('parsed');
    expect(order).toEqual(['read 8', 'parsed']);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]!.position.file).toBe('bad.yaml');
  });

  it('onDocument is told of each document of a plain stream, in order, and they are the ones returned', async () => {
    writeFileSync(join(dir, 'plain.yaml'), 'kind: A\n---\nkind: B\n---\n# nothing\n---\nkind: C\n');
    const told: unknown[] = [];
    const read = await readManifests(['plain.yaml'], io, { onDocument: (d) => void told.push(d) });
    expect(read.docs.map((d) => d.index)).toEqual([0, 1, 2, 3]);
    expect(told).toHaveLength(4);
    told.forEach((d, i) => expect(d).toBe(read.docs[i]));
  });

  it('onDocument of a stream the fast reader declines late: told of the first documents, which the read then replaces', async () => {
    writeFileSync(join(dir, 'anchor.yaml'), 'kind: A\n---\nkind: B\n---\nkind: C\nmetadata:\n  labels: &l {a: b}\n  annotations: *l\n');
    const told: Array<{ index: number; value: unknown }> = [];
    const read = await readManifests(['anchor.yaml'], io, { onDocument: (d) => void told.push(d) });
    expect(read.errors).toEqual([]);
    expect(read.docs).toHaveLength(3);
    expect(told.map((d) => d.index)).toEqual([0, 1]);
    // The same documents, read again: equal, not the same objects.
    expect(told.map((d) => d.value)).toEqual(read.docs.slice(0, 2).map((d) => d.value));
    expect(told[0]).not.toBe(read.docs[0]);
    expect(read.docs[2]!.value).toEqual({ kind: 'C', metadata: { labels: { a: 'b' }, annotations: { a: 'b' } } });
  });
});
