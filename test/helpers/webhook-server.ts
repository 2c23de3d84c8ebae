/**
 * `kube-inject serve` run in this process through `main` (as the executable runs it), on
 * loopback with a port of its choosing, and an HTTPS client for it.
 */
import { Agent, request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { neutralCwd } from './run-cli.js';

export interface RunningServe {
  readonly port: number;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Sends SIGTERM (through the signal hook, once); resolves with the exit code once serve returned. */
  stop(signal?: 'SIGTERM' | 'SIGINT'): Promise<number>;
  /** Resolves with the exit code when serve returns. */
  readonly done: Promise<number>;
}

export async function startServe(args: readonly string[]): Promise<RunningServe> {
  const err: string[] = [];
  const handlers = new Map<string, () => void>();
  let onLine: () => void = () => {};
  const io: CliIO = {
    stdin: { isTTY: true, read: async () => '' },
    stdout: { write: () => {}, isTTY: false },
    stderr: {
      write: (s: string) => {
        err.push(s);
        onLine();
      },
      isTTY: false,
    },
    env: {},
    cwd: neutralCwd(),
    onSignal: (signal, handler) => {
      handlers.set(signal, handler);
      return () => handlers.delete(signal);
    },
  };
  const done = main(['serve', '--address', '127.0.0.1', '--port', '0', ...args], io);
  const port = await new Promise<number>((resolve, reject) => {
    const check = () => {
      const m = /listening on https:\/\/127\.0\.0\.1:(\d+)/.exec(err.join(''));
      if (m) resolve(Number(m[1]));
    };
    onLine = check;
    void done.then((code) => reject(new Error(`serve exited ${code} before listening:\n${err.join('')}`)));
  });
  return {
    port,
    stderr: () => err.join(''),
    done,
    stop: (signal = 'SIGTERM') => {
      // Released after the first signal: a second stop only waits for the first.
      handlers.get(signal)?.();
      return done;
    },
  };
}

export interface HttpResult {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
  /** SHA-256 fingerprint of the certificate the server showed. */
  readonly fingerprint: string;
}

export function httpsRequest(port: number, ca: string, method: string, path: string, body?: string | Buffer, options: { agent?: Agent; headers?: Record<string, string>; servername?: string } = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, ca, agent: options.agent ?? false, ...(options.servername ? { servername: options.servername } : {}), headers: { 'content-type': 'application/json', ...(options.headers ?? {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        const fingerprint = (res.socket as TLSSocket).getPeerCertificate?.()?.fingerprint256 ?? '';
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers, fingerprint }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** An AdmissionReview for creating `pod` in `namespace`. */
export function admissionReview(pod: unknown, namespace: string, uid: string): object {
  return {
    apiVersion: 'admission.k8s.io/v1',
    kind: 'AdmissionReview',
    request: {
      uid,
      kind: { group: '', version: 'v1', kind: 'Pod' },
      resource: { group: '', version: 'v1', resource: 'pods' },
      requestKind: { group: '', version: 'v1', kind: 'Pod' },
      requestResource: { group: '', version: 'v1', resource: 'pods' },
      namespace,
      operation: 'CREATE',
      userInfo: { username: 'system:serviceaccount:kube-system:replicaset-controller' },
      object: pod,
      oldObject: null,
      dryRun: false,
      options: { kind: 'CreateOptions', apiVersion: 'meta.k8s.io/v1' },
    },
  };
}
