/**
 * The built executable (bin/kube-inject.js): `serve` as a real process, stopped by a real SIGTERM,
 * with and without review workers (`--workers`, which only the build has); the answers are the
 * same as the in-process server's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN_PATH, assertBuilt } from '../helpers/run-cli.js';
import { ISTIO_DATA_DIR } from '../helpers/shared.js';
import { makeTestCert, type TestCert } from '../helpers/tls.js';
import { admissionReview, httpsRequest, startServe } from '../helpers/webhook-server.js';

const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-webhook-process-'));
let cert: TestCert;
beforeAll(() => {
  assertBuilt();
  cert = makeTestCert(tmp);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const config = ['--values', join(ISTIO_DATA_DIR, 'config', 'test-default.values.json'), '--mesh-config', join(ISTIO_DATA_DIR, 'config', 'test-default.mesh.yaml'), '--native-sidecars'];
const reviews = Array.from({ length: 24 }, (_, i) =>
  JSON.stringify(
    admissionReview(
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { generateName: `app${i}-5d8f7c9b4-`, labels: { app: `app${i}`, 'pod-template-hash': '5d8f7c9b4' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `app${i}-5d8f7c9b4`, uid: 'u', controller: true }] },
        spec: { containers: [{ name: 'app', image: 'app:1', ports: [{ containerPort: 8000 + i }] }] },
      },
      `ns${i % 3}`,
      `p-${i}`,
    ),
  ),
);

async function answers(port: number): Promise<unknown[]> {
  const out = await Promise.all(reviews.map((body) => httpsRequest(port, cert.cert, 'POST', '/inject', body)));
  for (const r of out) expect(r.status, r.body).toBe(200);
  return out.map((r) => JSON.parse(r.body));
}

function startBin(args: string[]): Promise<{ port: number; stderr: () => string; exited: Promise<{ code: number | null; signal: string | null }>; kill: (s: NodeJS.Signals) => void }> {
  const child = spawn(process.execPath, [BIN_PATH, 'serve', '--address', '127.0.0.1', '--port', '0', '--tls-cert', cert.certFile, '--tls-key', cert.keyFile, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      err += s;
      const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(err);
      if (m) resolve({ port: Number(m[1]), stderr: () => err, exited, kill: (s) => child.kill(s) });
    });
    void exited.then((e) => reject(new Error(`serve exited ${e.code} before listening:\n${err}`)));
  });
}

describe('kube-inject serve as a process', () => {
  it('answers as the in-process server does, with and without workers, and exits 0 on SIGTERM', async () => {
    const inProcess = await startServe(['--tls-cert', cert.certFile, '--tls-key', cert.keyFile, ...config]);
    const expected = await answers(inProcess.port);
    expect(await inProcess.stop()).toBe(0);
    for (const workers of ['0', '2']) {
      const bin = await startBin([...config, '--workers', workers]);
      expect(await answers(bin.port), `--workers ${workers}`).toEqual(expected);
      if (workers !== '0') expect(bin.stderr()).toContain(`${workers} review workers`);
      bin.kill('SIGTERM');
      expect(await bin.exited, `--workers ${workers}: exit after SIGTERM; stderr:\n${bin.stderr()}`).toEqual({ code: 0, signal: null });
      expect(bin.stderr()).toMatch(/SIGTERM: no new connections[\s\S]*stopped/);
    }
  });

  it('refuses --workers when run from the sources (no built worker beside them)', async () => {
    const r = startServe(['--tls-cert', cert.certFile, '--tls-key', cert.keyFile, '--workers', '1']);
    await expect(r).rejects.toThrow(/--workers needs the built kube-inject/);
  });
});
