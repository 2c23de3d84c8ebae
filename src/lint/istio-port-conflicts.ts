/**
 * Istio's `deployment.MultiServiceAnalyzer` (IST0116, IST0137), as it decides: for a Deployment
 * in the mesh (Istio's sense, see in-mesh.ts) that is not a waypoint, the Services of its
 * namespace whose non-empty selector matches the pod template's labels; among their ports, one
 * port number with different Kubernetes `protocol` fields (TCP when unset; port names are not
 * read) is IST0116, and one targetPort (the port when unset) reached from different port numbers,
 * in one Service or several, is IST0137.
 */
import { GATEWAY_MANAGED_LABEL } from '../istio/keys.js';
import { inMeshForIstio } from './in-mesh.js';
import { isAnalyzedByIstio } from './istio-scope.js';
import type { IndexedService, IndexedWorkload, LintIndex, ServicePort } from './mesh-index.js';

export interface IstioPortConflicts {
  /** Port number → Kubernetes protocol → the Services (and ports) using it. */
  readonly protocols: ReadonlyMap<number, ReadonlyMap<string, readonly PortUse[]>>;
  /** targetPort → port number → the Services that send it from that port. */
  readonly targetPorts: ReadonlyMap<string, ReadonlyMap<number, readonly IndexedService[]>>;
}

export interface PortUse {
  readonly svc: IndexedService;
  readonly port: ServicePort;
}

const cache = new WeakMap<IndexedWorkload, IstioPortConflicts | null>();

/** The conflicts Istio reports on `w`, or null when Istio does not analyze it. */
export function istioPortConflicts(w: IndexedWorkload, index: LintIndex): IstioPortConflicts | null {
  if (cache.has(w)) return cache.get(w)!;
  const result = compute(w, index);
  cache.set(w, result);
  return result;
}

function compute(w: IndexedWorkload, index: LintIndex): IstioPortConflicts | null {
  if (w.kind !== 'Deployment' || !isAnalyzedByIstio(w)) return null;
  if (w.labels[GATEWAY_MANAGED_LABEL] === 'istio.io-mesh-controller' || !inMeshForIstio(w, index)) return null;
  // Pods with the same labels share one list of Services (see service-lookup.ts): one answer for all.
  let answer = byServices.get(w.services);
  if (!answer) byServices.set(w.services, (answer = conflictsOf(w.services)));
  return answer;
}

const byServices = new WeakMap<readonly IndexedService[], IstioPortConflicts>();

function conflictsOf(services: readonly IndexedService[]): IstioPortConflicts {
  const protocols = new Map<number, Map<string, PortUse[]>>();
  const targetPorts = new Map<string, Map<number, IndexedService[]>>();
  // The index's Services of a pod: same namespace, a selector that selects something.
  for (const svc of services) {
    svc.ports.forEach((port) => {
      if (port.port === undefined) return;
      const protocol = port.k8sProtocol;
      const byProtocol = protocols.get(port.port) ?? new Map<string, PortUse[]>();
      protocols.set(port.port, byProtocol);
      byProtocol.set(protocol, [...(byProtocol.get(protocol) ?? []), { svc, port }]);
      const byPort = targetPorts.get(port.targetPort) ?? new Map<number, IndexedService[]>();
      targetPorts.set(port.targetPort, byPort);
      const list = byPort.get(port.port) ?? [];
      if (!list.includes(svc)) list.push(svc);
      byPort.set(port.port, list);
    });
  }
  for (const [k, v] of protocols) if (v.size < 2) protocols.delete(k);
  for (const [k, v] of targetPorts) if (v.size < 2) targetPorts.delete(k);
  return { protocols, targetPorts };
}
