import { GATEWAY_MANAGED_LABEL } from '../../istio/keys.js';
import type { Rule } from '../types.js';

export const portName: Rule = {
  meta: {
    id: 'port-name',
    severity: 'info',
    istioCode: 'IST0118',
    description: 'Every Service port names its protocol, by `appProtocol` or by a name of the form `<protocol>[-<suffix>]`.',
    help:
      'Istio picks a port\'s protocol from `appProtocol`, else from the port name `<protocol>[-<suffix>]` (case-insensitive): ' +
      'http, http2, https, grpc, grpc-web, http_proxy, mongo, mysql, redis, tcp, tls, udp, or for appProtocol also kubernetes.io/h2c, ' +
      'kubernetes.io/ws, kubernetes.io/wss. A `protocol: UDP` port is UDP. Any other port (unnamed, or `web`, or `http2foo`) goes ' +
      'through protocol detection and is carried as plain TCP when nothing is detected (ports 25, 53, 3306 and 27017 are plain TCP ' +
      'without detection). Name the port, for example `http-web` or `tcp-mysql`, or set `appProtocol`.',
    docs: 'https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/',
  },
  check(ctx) {
    for (const svc of ctx.index.services) {
      if (svc.type === 'ExternalName' || Object.hasOwn(svc.labels, GATEWAY_MANAGED_LABEL)) continue;
      for (const p of svc.ports) {
        if (p.protocol.by !== 'none' && p.protocol.by !== 'well-known port') continue;
        const port = `port ${p.port ?? '?'} (targetPort ${p.targetPort})`;
        const what =
          p.appProtocol !== undefined
            ? `the appProtocol ${JSON.stringify(p.appProtocol)} of ${port} is not a protocol Istio knows`
            : p.name === undefined
              ? `${port} has no name`
              : `${port} is named ${JSON.stringify(p.name)}, which does not start with a protocol Istio knows`;
        ctx.report({
          doc: svc.doc,
          object: svc.located,
          pointer: p.pointer,
          message: `${what}: Istio will treat it as plain TCP${p.protocol.by === 'none' ? ', after protocol detection' : ' (a well-known server-first port, so without protocol detection)'}; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol`,
        });
      }
    }
  },
};
