/**
 * The path a request takes through the sidecar, named as Istio names it: for each port of each
 * Service that selects the workload, inbound (iptables chain → Envoy's inbound port →
 * `virtualInbound` → the port's filter chain → `inbound|<port>||` → the app); for each Service
 * of the input, outbound (chain → Envoy's outbound port → `virtualOutbound` → the port's
 * listener or route → `outbound|<port>||<host>` → the Service).
 */
import { inboundCluster, outboundCluster, outboundListener, outboundRoute, serviceHost, VIRTUAL_INBOUND, VIRTUAL_OUTBOUND, WILDCARD_ADDRESS } from '../istio/envoy-names.js';
import { CHAIN } from '../iptables/index.js';
import { protocolLabel, resolvePortProtocol, type MeshProtocol } from '../lint/protocol.js';
import { selects } from '../lint/selector.js';
import { describeObject } from '../model/document.js';
import { containersOf } from '../model/pod.js';
import { INJECTED_CONTAINERS } from '../istio/sidecar.js';
import { isMap } from '../model/values.js';
import { inboundCaptured, outboundCaptured } from './capture.js';
import type { ServiceInfo, ServicePortInfo } from './services.js';
import type { CaptureSummary, Hop, TrafficPath } from './types.js';

const HTTP_PROTOCOLS: ReadonlySet<MeshProtocol> = new Set(['HTTP', 'HTTP2', 'GRPC', 'GRPC-Web']);

function filterChain(protocol: MeshProtocol | null): string {
  if (protocol === null) return 'HTTP connection manager or TCP proxy (protocol detection)';
  return HTTP_PROTOCOLS.has(protocol) ? 'HTTP connection manager' : 'TCP proxy';
}

const ns = (namespace: string) => namespace || 'default';

/** The container port a Service port reaches in this pod, and the container that has it. */
function target(p: ServicePortInfo, podSpec: Record<string, unknown>): { port: number; container?: string } {
  const apps = [...containersOf(podSpec.containers), ...containersOf(podSpec.initContainers)].filter((c) => !INJECTED_CONTAINERS.has(String(c.name)));
  const want = p.targetPort ?? p.port;
  for (const c of apps) {
    for (const cp of Array.isArray(c.ports) ? c.ports.filter(isMap) : []) {
      if ((typeof want === 'number' && cp.containerPort === want) || (typeof want === 'string' && cp.name === want)) {
        return { port: Number(cp.containerPort), container: String(c.name) };
      }
    }
  }
  return { port: typeof want === 'number' ? want : p.port };
}

function inboundChains(c: CaptureSummary): Hop[] {
  const last = c.mode === 'TPROXY' ? CHAIN.tproxy : CHAIN.inRedirect;
  const table = c.mode === 'TPROXY' ? 'mangle' : 'nat';
  return [`${table} PREROUTING`, CHAIN.inbound, last].map((name) => ({ kind: 'chain', name }));
}

export function inboundPaths(c: CaptureSummary, services: readonly ServiceInfo[], namespace: string, labels: Readonly<Record<string, string>>, podSpec: Record<string, unknown>): TrafficPath[] {
  const out: TrafficPath[] = [];
  for (const s of services) {
    if (ns(s.namespace) !== ns(namespace) || !selects(s.selector, labels)) continue;
    for (const p of s.ports) {
      const resolved = resolvePortProtocol({ name: p.name, port: p.port, protocol: p.protocol, appProtocol: p.appProtocol });
      const t = target(p, podSpec);
      const { captured, note } = c.appliedBy === 'none' ? { captured: false, note: 'no traffic capture' } : inboundCaptured(c, t.port);
      const app: Hop = { kind: 'app', name: t.container ? `container ${t.container}:${t.port}` : `port ${t.port}` };
      const hops: Hop[] = captured
        ? [...inboundChains(c), { kind: 'port', name: c.envoyInboundPort }, { kind: 'listener', name: VIRTUAL_INBOUND }, { kind: 'filter-chain', name: filterChain(resolved.protocol) }, { kind: 'cluster', name: inboundCluster(t.port) }, app]
        : [app];
      out.push({
        direction: 'inbound',
        via: `${describeObject('Service', s.namespace, s.name)} port ${p.port}${p.name ? ` (${p.name})` : ''} → ${t.port}`,
        service: describeObject('Service', s.namespace, s.name),
        port: t.port,
        protocol: protocolLabel(resolved),
        captured,
        ...(note ? { note } : {}),
        hops,
      });
    }
  }
  return out;
}

export function outboundPaths(c: CaptureSummary, services: readonly ServiceInfo[]): TrafficPath[] {
  const out: TrafficPath[] = [];
  for (const s of services) {
    const host = serviceHost(s.name, ns(s.namespace));
    for (const p of s.ports) {
      const resolved = resolvePortProtocol({ name: p.name, port: p.port, protocol: p.protocol, appProtocol: p.appProtocol });
      const { captured, note } = c.appliedBy === 'none' ? { captured: false, note: 'no traffic capture' } : outboundCaptured(c, p.port);
      const http = resolved.protocol !== null && HTTP_PROTOCOLS.has(resolved.protocol);
      const address = s.clusterIP && s.clusterIP !== 'None' ? s.clusterIP : s.clusterIP === 'None' ? WILDCARD_ADDRESS : '<cluster IP>';
      const perPort: Hop[] = http
        ? [{ kind: 'listener', name: outboundListener(WILDCARD_ADDRESS, p.port) }, { kind: 'route', name: outboundRoute(p.port) }]
        : [{ kind: 'listener', name: outboundListener(address, p.port) }];
      const svc: Hop = { kind: 'service', name: `${host}:${p.port}` };
      const hops: Hop[] = captured
        ? [
            ...['nat OUTPUT', CHAIN.output, CHAIN.redirect].map((name): Hop => ({ kind: 'chain', name })),
            { kind: 'port', name: c.envoyOutboundPort },
            { kind: 'listener', name: VIRTUAL_OUTBOUND },
            ...perPort,
            { kind: 'cluster', name: outboundCluster(p.port, host) },
            svc,
          ]
        : [svc];
      out.push({
        direction: 'outbound',
        via: `${host}:${p.port}${p.name ? ` (${p.name})` : ''}`,
        service: describeObject('Service', s.namespace, s.name),
        port: p.port,
        protocol: protocolLabel(resolved),
        captured,
        ...(note ? { note } : {}),
        hops,
      });
    }
  }
  return out;
}
