/**
 * The HTTPS server of `kube-inject serve` (Node's own `https`): routes, the body limit, timeouts
 * for slow clients, the request log, certificate swaps and a graceful stop. What it answers to a
 * review comes from `answer` (the pure webhook); what it logs goes to `log`: it reads no file,
 * no clock but its own timer, and nothing of the process.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { HttpAnswer } from '../webhook/answer.js';

/** What the server does with one review body (within the size limit, valid UTF-8): in this thread, or a worker's. */
export type ReviewAnswerer = (body: string) => HttpAnswer | Promise<HttpAnswer>;

export interface ServerLimits {
  /** Bodies over this get a 400 and the connection is closed. */
  readonly maxBodyBytes: number;
  /** A client must send its headers, and its whole request, within these (else 408 and close). */
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  /** A client must complete its TLS handshake within this. */
  readonly handshakeTimeoutMs: number;
  /** A connection idle this long is closed. */
  readonly idleTimeoutMs: number;
  /** In-flight reviews get this long to finish on stop; then connections are cut. */
  readonly drainMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = { maxBodyBytes: 5 * 1024 * 1024, headersTimeoutMs: 10_000, requestTimeoutMs: 10_000, handshakeTimeoutMs: 10_000, idleTimeoutMs: 30_000, drainMs: 25_000 };

export interface WebhookServerOptions {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
  readonly answer: ReviewAnswerer;
  readonly log: (line: string) => void;
  readonly limits?: Partial<ServerLimits>;
}

export interface WebhookServer {
  /** Starts listening; resolves with the port (0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** New connections get this certificate; open ones keep theirs. Throws when cert and key do not fit. */
  setCertificate(cert: string | Buffer, key: string | Buffer): void;
  /** Stops accepting, answers /readyz 503, lets in-flight reviews finish; resolves when all is closed. */
  stop(): Promise<void>;
  readonly server: Server;
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' };
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function createWebhookServer(options: WebhookServerOptions): WebhookServer {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const server = createServer({
    cert: options.cert,
    key: options.key,
    handshakeTimeout: limits.handshakeTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.idleTimeoutMs,
    // How often Node checks the two timeouts above (its default, 30 s, would let a slow client
    // hold a socket far past them).
    connectionsCheckingInterval: Math.max(50, Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4),
  });
  server.setTimeout(limits.idleTimeoutMs, (socket) => socket.destroy());
  let stopping = false;
  let inFlight = 0;
  let drained: (() => void) | null = null;

  const finished = () => {
    inFlight--;
    if (stopping && inFlight === 0) drained?.();
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    let counted = true;
    // Counted out when the answer is done or the connection goes; the socket outlives the
    // review on a kept-alive connection, so its listener goes with the review.
    const socket = req.socket;
    const finish = () => {
      if (!counted) return;
      counted = false;
      res.removeListener('close', finish);
      socket.removeListener('close', finish);
      finished();
    };
    res.once('close', finish);
    socket.once('close', finish);
    if (stopping) res.setHeader('connection', 'close');
    route(req, res);
  });
  // A client that opens TCP and never completes its TLS handshake is cut off (Node's own
  // handshakeTimeout only runs once the client has said hello).
  const handshakes = new Map<string, NodeJS.Timeout>();
  const peer = (s: { remoteAddress?: string | undefined; remotePort?: number | undefined }) => `${s.remoteAddress}:${s.remotePort}`;
  server.on('connection', (raw: Socket) => {
    const key = peer(raw);
    const timer = setTimeout(() => raw.destroy(), limits.handshakeTimeoutMs);
    handshakes.set(key, timer);
    raw.once('close', () => {
      clearTimeout(timer);
      if (handshakes.get(key) === timer) handshakes.delete(key);
    });
  });
  server.on('secureConnection', (socket: TLSSocket) => {
    const key = peer(socket);
    clearTimeout(handshakes.get(key));
    handshakes.delete(key);
  });
  // A client that breaks TLS or HTTP framing gets nothing more than a closed socket.
  server.on('tlsClientError', () => {});
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    const timedOut = err.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    if (timedOut) options.log(`request timed out (408): no complete request within ${limits.requestTimeoutMs} ms`);
    if (socket.writable) socket.end(`HTTP/1.1 ${timedOut ? '408 Request Timeout' : '400 Bad Request'}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });

  function route(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/healthz' || path === '/readyz') {
      req.resume();
      const ok = path === '/healthz' || !stopping;
      res.writeHead(ok ? 200 : 503, TEXT).end(ok ? 'ok\n' : 'stopping\n');
      return;
    }
    if (path !== '/inject' && path !== '/inject/') {
      req.resume();
      res.writeHead(404, TEXT).end(`no such path ${JSON.stringify(path)}: reviews go to POST /inject\n`);
      return;
    }
    if (req.method !== 'POST') {
      req.resume();
      res.writeHead(405, { ...TEXT, allow: 'POST' }).end('reviews are POSTed to /inject\n');
      return;
    }
    readBody(req, res);
  }

  function refuse(res: ServerResponse, message: string, close = false): void {
    if (close) res.setHeader('connection', 'close');
    res.writeHead(400, TEXT).end(message + '\n');
    options.log(`review refused (400): ${message}`);
  }

  function readBody(req: IncomingMessage, res: ServerResponse): void {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limits.maxBodyBytes) {
      refuse(res, `the body is ${declared} bytes, over the limit of ${limits.maxBodyBytes}`, true);
      req.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limits.maxBodyBytes) {
        over = true;
        chunks.length = 0;
        refuse(res, `the body is over the limit of ${limits.maxBodyBytes} bytes`, true);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {});
    req.on('end', () => {
      if (over || res.writableEnded) return;
      let text: string;
      try {
        text = utf8.decode(Buffer.concat(chunks, size));
      } catch {
        refuse(res, 'the body is not valid UTF-8');
        return;
      }
      const start = performance.now();
      const respond = (answered: { status: number; body: string; log: string }) => {
        if (res.destroyed) return;
        const type = answered.status === 200 ? { 'content-type': 'application/json' } : TEXT;
        res.writeHead(answered.status, type).end(answered.body);
        options.log(`${answered.log} ${(performance.now() - start).toFixed(2)} ms`);
      };
      // The answerer is meant never to fail; if it does, this request fails, not the server.
      const failed = (e: unknown) => {
        const message = (e as Error)?.message ?? String(e);
        respond({ status: 500, body: `internal error: ${message}\n`, log: `review failed (500): ${message}` });
      };
      try {
        const answered = options.answer(text);
        if (answered instanceof Promise) answered.then(respond, failed);
        else respond(answered);
      } catch (e) {
        failed(e);
      }
    });
  }

  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      }),
    setCertificate: (cert, key) => server.setSecureContext({ cert, key }),
    stop: () =>
      new Promise((resolve) => {
        if (stopping) return void server.once('close', () => resolve());
        stopping = true;
        const closed = new Promise<void>((r) => server.close(() => r()));
        server.closeIdleConnections();
        const drainedNow = new Promise<void>((r) => {
          drained = r;
          if (inFlight === 0) r();
        });
        const timer = setTimeout(() => {
          server.closeAllConnections();
          drained?.();
        }, limits.drainMs);
        void drainedNow.then(() => {
          server.closeIdleConnections();
          return closed;
        }).then(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
