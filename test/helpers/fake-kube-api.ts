/**
 * Just enough of a Kubernetes API server on loopback for `kubectl apply --dry-run=client`:
 * discovery (/api, /apis and each group version's resources) for the kinds given, and 404 for
 * every object, so kubectl maps, decodes and "creates" each document without a cluster. Every
 * request is recorded.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResource {
  readonly groupVersion: string;
  readonly kind: string;
  /** The plural resource name. */
  readonly name: string;
  readonly namespaced: boolean;
}

export interface FakeKubeApi {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startFakeKubeApi(resources: readonly FakeResource[]): Promise<FakeKubeApi> {
  const requests: string[] = [];
  const groups = new Map<string, string[]>();
  for (const r of resources) {
    if (!r.groupVersion.includes('/')) continue;
    const [group, version] = r.groupVersion.split('/') as [string, string];
    groups.set(group, [...new Set([...(groups.get(group) ?? []), version])]);
  }
  const send = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const path = (req.url ?? '').split('?')[0]!;
    if (path === '/api') return send(res, 200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] });
    if (path === '/apis') {
      return send(res, 200, {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: [...groups].map(([name, versions]) => ({ name, versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })), preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] } })),
      });
    }
    const gv = path === '/api/v1' ? 'v1' : /^\/apis\/([^/]+\/[^/]+)$/.exec(path)?.[1];
    if (gv) {
      return send(res, 200, {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: gv,
        resources: resources.filter((r) => r.groupVersion === gv).map((r) => ({ name: r.name, singularName: r.kind.toLowerCase(), namespaced: r.namespaced, kind: r.kind, verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] })),
      });
    }
    send(res, 404, { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: `${path} not found`, reason: 'NotFound', code: 404 });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}
