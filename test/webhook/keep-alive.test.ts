/**
 * The API server keeps its connections to a webhook open for many reviews. Whatever the server
 * keeps per review must go with the review: nothing may pile up on a connection that stays open
 * (a listener per review on the socket grew the heap by about 240 bytes a review, without end).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebhookServer, type WebhookServer } from '../../src/cli/webhook-server.js';
import { makeTestCert, type TestCert } from '../helpers/tls.js';
import { httpsRequest } from '../helpers/webhook-server.js';

const tmp = mkdtempSync(join(tmpdir(), 'kube-inject-keep-alive-'));
let cert: TestCert;
let server: WebhookServer;
let port = 0;
const sockets: TLSSocket[] = [];

beforeAll(async () => {
  cert = makeTestCert(tmp);
  server = createWebhookServer({
    cert: cert.cert,
    key: readFileSync(cert.keyFile, 'utf8'),
    answer: (body) => ({ status: 200, body: `{"echo":${body.length}}`, log: 'answered' }),
    log: () => {},
  });
  server.server.on('secureConnection', (s: TLSSocket) => sockets.push(s));
  port = await server.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await server?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe('one connection kept open for many reviews', () => {
  it('holds no more listeners after 60 reviews than after 1', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = async () => {
      const r = await httpsRequest(port, cert.cert, 'POST', '/inject', '{"kind":"AdmissionReview"}', { agent });
      expect(r.status).toBe(200);
    };
    try {
      await send();
      expect(sockets).toHaveLength(1);
      const socket = sockets[0]!;
      const after1 = socket.eventNames().map((e) => [e, socket.listenerCount(e)] as const);
      for (let i = 0; i < 60; i++) await send();
      expect(sockets, 'the same connection served them all').toHaveLength(1);
      const after61 = socket.eventNames().map((e) => [e, socket.listenerCount(e)] as const);
      expect(after61).toEqual(after1);
    } finally {
      agent.destroy();
    }
  });
});
