import { describeObject } from '../../model/document.js';
import { protocolLabel } from '../protocol.js';
import { optOutReason, podMetaPointer } from '../pod.js';
import type { IndexedService, IndexedWorkload, ServicePort } from '../mesh-index.js';
import type { Rule } from '../types.js';
import { istioPortConflicts } from '../istio-port-conflicts.js';
import type { LintIndex } from '../mesh-index.js';

/** True when `service-port-conflict` reports the same port (or targetPort) on `w` with Istio's code. */
function reportedByIstio(w: IndexedWorkload, index: LintIndex, c: Conflict): boolean {
  const istio = istioPortConflicts(w, index);
  if (!istio) return false;
  return c.code === 'IST0116' ? istio.protocols.has(Number(c.port)) : istio.targetPorts.has(c.port);
}

/** Job pods do not serve traffic; they need no Service. */
const SERVICE_LESS_KINDS = new Set(['Job', 'CronJob']);

const svcId = (s: IndexedService) => describeObject('Service', s.namespace, s.name);
const wlId = (w: IndexedWorkload) => describeObject(w.kind, w.namespace, w.name);

interface Use {
  readonly svc: IndexedService;
  readonly port: ServicePort;
}

interface Conflict {
  /** Which Istio check this resembles (reported without the code: Istio decides differently). */
  readonly code: 'IST0116' | 'IST0137';
  /** The port number (IST0116) or targetPort (IST0137). */
  readonly port: string;
  /** The port entry reported: the last one of the conflict, in input order. */
  readonly at: Use;
  readonly detail: string;
  readonly workloads: IndexedWorkload[];
}

export const serviceAssociation: Rule = {
  meta: {
    id: 'service-association',
    severity: 'warning',
    description: 'Every workload is selected by a Service; Services that select the same pods agree on ports and protocols.',
    help:
      'Istio routes to pods through the Services that select them. Add a Service whose selector matches the pod template labels. ' +
      'When several Services select the same pods, give each port number one protocol, as Istio derives it from the port name ' +
      'or appProtocol (an error), and send each targetPort from one port only (a warning). These carry no Istio code: Istio ' +
      'compares the Kubernetes `protocol` field instead, on Deployments in the mesh only (the `service-port-conflict` rule, ' +
      'IST0116/IST0137); a conflict that rule reports on every workload involved is not repeated here. A pod selected by more than one Service is reported as info; set the option `maxServices: 1` ' +
      'to make it an error, as Istio once required.',
    docs: 'https://istio.io/latest/docs/ops/deployment/application-requirements/',
    optionsSchema: { type: 'object', properties: { maxServices: { type: 'integer', minimum: 1 } } },
  },
  check(ctx) {
    const maxServices = typeof ctx.options.maxServices === 'number' ? ctx.options.maxServices : undefined;
    const conflicts = new Map<string, Conflict>();
    // Workloads whose pods have the same labels share their Services' list (the index gives them
    // the same array): their conflicts are found once, so the check stays linear in the input.
    const found = new Map<readonly IndexedService[], Conflict[]>();
    for (const w of ctx.index.workloads) {
      if (optOutReason(w) !== undefined) continue;
      const labels = podMetaPointer(w, 'labels');
      const n = w.services.length;
      if (n === 0) {
        if (!SERVICE_LESS_KINDS.has(w.kind)) {
          ctx.report({ doc: w.doc, object: w.located, pointer: labels, message: 'no Service in the input selects the pods; Istio routes traffic to pods through their Services' });
        }
        continue;
      }
      if (n > 1) {
        const over = maxServices !== undefined && n > maxServices;
        const message = `the pods are selected by ${n} Services (${listed(w.services, svcId)})` + (over ? `; maxServices allows ${maxServices}` : '');
        ctx.report({ doc: w.doc, object: w.located, pointer: labels, message, severity: over ? 'error' : 'info' });
        let shared = found.get(w.services);
        if (shared === undefined) found.set(w.services, (shared = collectConflicts(w, conflicts)));
        else for (const c of shared) c.workloads.push(w);
      }
    }
    for (const c of conflicts.values()) {
      if (c.workloads.every((w) => reportedByIstio(w, ctx.index, c))) continue;
      const message = `${c.detail}, and they select the same pods (${listed(c.workloads, wlId)})`;
      const severity = c.code === 'IST0116' ? 'error' : 'warning';
      ctx.report({ doc: c.at.svc.doc, object: c.at.svc.located, pointer: c.at.port.pointer, message, severity });
    }
  },
};

/** At most `MAX_LISTED` names, then how many more: a message stays readable, and its size bounded. */
const MAX_LISTED = 10;
function listed<T>(items: readonly T[], name: (item: T) => string): string {
  const names = items.slice(0, MAX_LISTED).map(name).join(', ');
  return items.length <= MAX_LISTED ? names : `${names} and ${items.length - MAX_LISTED} more`;
}

/**
 * IST0116 (one port, several protocols) and IST0137 (one targetPort, several ports) among a
 * workload's Services; returns the conflicts the workload is in.
 */
function collectConflicts(w: IndexedWorkload, out: Map<string, Conflict>): Conflict[] {
  const mine: Conflict[] = [];
  const byPort = new Map<number, Use[]>();
  const byTarget = new Map<string, Use[]>();
  for (const svc of w.services) {
    for (const port of svc.ports) {
      if (port.port !== undefined) push(byPort, port.port, { svc, port });
      push(byTarget, port.targetPort, { svc, port });
    }
  }
  for (const [num, uses] of byPort) {
    // Between Services: one Service may serve a port over both TCP and UDP (DNS does).
    const label = (u: Use) => protocolLabel(u.port.protocol);
    if (!uses.some((a) => uses.some((b) => a.svc !== b.svc && label(a) !== label(b)))) continue;
    const list = listed(uses, (u) => `${label(u)} in ${svcId(u.svc)}`);
    mine.push(add(out, 'IST0116', `${num}`, uses, `Services give port ${num} different protocols (${list})`, w));
  }
  for (const [target, uses] of byTarget) {
    const ports = new Set(uses.map((u) => u.port.port));
    const services = new Set(uses.map((u) => u.svc));
    if (ports.size < 2 || services.size < 2) continue;
    const list = listed(uses, (u) => `${u.port.port} in ${svcId(u.svc)}`);
    mine.push(add(out, 'IST0137', target, uses, `Services map targetPort ${target} to different ports (${list})`, w));
  }
  return mine;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** One finding per conflict, however many workloads share it. */
function add(out: Map<string, Conflict>, code: Conflict['code'], port: string, uses: Use[], detail: string, w: IndexedWorkload): Conflict {
  const key = `${code}|${port}|${uses.map((u) => u.port.pointer + '@' + svcId(u.svc)).join(',')}`;
  const existing = out.get(key);
  if (existing) {
    existing.workloads.push(w);
    return existing;
  }
  const created: Conflict = { code, port, at: uses[uses.length - 1]!, detail, workloads: [w] };
  out.set(key, created);
  return created;
}
