import { GATEWAY_MANAGED_LABEL } from '../../istio/keys.js';
import { isAnalyzedByIstio, isIstioControlPlane } from '../istio-scope.js';
import type { Rule } from '../types.js';

/** `gateway.istio.io/managed` values of the Services Istio's gateway controllers generate. */
const GENERATED_BY = new Set(['istio.io-gateway-controller', 'istio.io-mesh-controller', 'istio.io-eastwest-controller']);

export const portName: Rule = {
  meta: {
    id: 'port-name',
    severity: 'info',
    istioCodes: ['IST0118', 'IST0150'],
    description: 'Every Service port names its protocol, by `appProtocol` or by a name of the form `<protocol>[-<suffix>]`.',
    help:
      'Istio picks a port\'s protocol from `appProtocol`, else from the port name `<protocol>[-<suffix>]` (case-insensitive): ' +
      'http, http2, https, grpc, grpc-web, http_proxy, mongo, mysql, redis, tcp, tls, udp, or for appProtocol also kubernetes.io/h2c, ' +
      'kubernetes.io/ws, kubernetes.io/wss. A `protocol: UDP` port is UDP. Any other port (unnamed, or `web`, or `http2foo`) goes ' +
      'through protocol detection and is carried as plain TCP when nothing is detected (IST0118). Ports 25, 53, 3306 and 27017 are ' +
      'plain TCP without detection: Istio does not report them, kube-inject does (without a code). An ExternalName Service\'s port ' +
      'named `tcp` or naming no protocol is IST0150 (a warning): the proxy may not forward its TCP traffic. Name the port, for ' +
      'example `http-web` or `tcp-mysql`, or set `appProtocol`. Services of kube-system, kube-public, kube-node-lease and ' +
      'local-path-storage, the control plane\'s own (a label `istio`, or `release: istio`) and those Istio\'s gateway ' +
      'controllers generate are not checked, as in Istio.',
    docs: 'https://istio.io/latest/docs/ops/configuration/traffic-management/protocol-selection/',
  },
  check(ctx) {
    for (const svc of ctx.index.services) {
      if (!isAnalyzedByIstio(svc) || isIstioControlPlane(svc) || GENERATED_BY.has(svc.labels[GATEWAY_MANAGED_LABEL] ?? '')) continue;
      for (const p of svc.ports) {
        const base = { doc: svc.doc, object: svc.located, pointer: p.pointer };
        if (svc.type === 'ExternalName') {
          if (p.protocol.by === 'none' || p.name === 'tcp') {
            const what = p.name === 'tcp' ? 'is named "tcp"' : p.name === undefined ? 'has no name' : `is named ${JSON.stringify(p.name)}, which names no protocol`;
            ctx.report({
              ...base,
              severity: 'warning',
              istioCode: 'IST0150',
              message: `port ${p.port ?? '?'} of the ExternalName Service ${what}: the proxy may not forward its TCP traffic; name it after its protocol (e.g. "tls-db", "http-api")`,
            });
          }
          continue;
        }
        if (p.protocol.by !== 'none' && p.protocol.by !== 'well-known port') continue;
        const port = `port ${p.port ?? '?'} (targetPort ${p.targetPort})`;
        const what =
          p.appProtocol !== undefined
            ? `the appProtocol ${JSON.stringify(p.appProtocol)} of ${port} is not a protocol Istio knows`
            : p.name === undefined
              ? `${port} has no name`
              : `${port} is named ${JSON.stringify(p.name)}, which does not start with a protocol Istio knows`;
        ctx.report({
          ...base,
          istioCode: p.protocol.by === 'none' ? 'IST0118' : null,
          message: `${what}: Istio will treat it as plain TCP${p.protocol.by === 'none' ? ', after protocol detection' : ' (a well-known server-first port, so without protocol detection)'}; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol`,
        });
      }
    }
  },
};
