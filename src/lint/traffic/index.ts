/**
 * The Istio traffic configuration of the input, read once per run: VirtualServices,
 * DestinationRules, Gateways, ServiceEntries, Sidecars and AuthorizationPolicies (by API group, so
 * a Kubernetes Gateway API `Gateway` is told apart from Istio's), each field with its pointer, and
 * Telemetries, and the hosts the mesh knows (see hosts.ts and registry.ts). Objects of the namespaces Istio drops
 * are left out, as `istioctl analyze` leaves them out.
 */
import { joinPointer } from '../../model/pointer.js';
import { isMap, str } from '../../model/values.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import type { IndexedObject, IndexedService, IndexedWorkload, LintIndex } from '../mesh-index.js';
import { labelMap } from '../selector.js';
import { HostRegistry } from './registry.js';

export interface Field<T> {
  readonly value: T;
  /** Pointer of the field inside the document. */
  readonly pointer: string;
}

export interface Destination {
  /** `http`, `tcp`, `tls` (routes), `http.mirror`, `http.mirrors`. */
  readonly rule: string;
  readonly host: Field<string>;
  readonly subset?: Field<string>;
  readonly port?: Field<number>;
}

export interface VirtualService {
  readonly obj: IndexedObject;
  readonly hosts: readonly Field<string>[];
  readonly gateways: readonly Field<string>[];
  readonly exportTo: readonly string[];
  readonly routes: readonly Destination[];
  readonly mirrors: readonly Destination[];
}

export interface Subset {
  readonly name: Field<string>;
  readonly labels: Readonly<Record<string, string>>;
}

export interface DestinationRule {
  readonly obj: IndexedObject;
  readonly host: Field<string>;
  readonly exportTo: readonly string[];
  readonly subsets: readonly Subset[];
}

export interface Server {
  readonly pointer: string;
  readonly port: number | undefined;
  readonly hosts: readonly string[];
  readonly bind: string;
}

export interface Gateway {
  readonly obj: IndexedObject;
  readonly selector: Readonly<Record<string, string>>;
  /** Pointer of `spec.selector` (or of `spec` when there is none). */
  readonly selectorPointer: string;
  readonly servers: readonly Server[];
}

export interface SelectorPolicy {
  readonly obj: IndexedObject;
  /** Undefined when the resource has no selector (it applies to its whole namespace). */
  readonly selector: Readonly<Record<string, string>> | undefined;
  readonly selectorPointer: string;
  readonly spec: Readonly<Record<string, unknown>>;
}

export interface TrafficIndex {
  readonly virtualServices: readonly VirtualService[];
  readonly destinationRules: readonly DestinationRule[];
  readonly gateways: readonly Gateway[];
  /** Gateway API Gateways (`gateway.networking.k8s.io`), by `namespace/name`. */
  readonly kubernetesGateways: ReadonlyMap<string, IndexedObject>;
  readonly sidecars: readonly SelectorPolicy[];
  readonly authorizationPolicies: readonly SelectorPolicy[];
  readonly telemetries: readonly SelectorPolicy[];
  readonly serviceEntries: readonly IndexedObject[];
  /** Pods as Istio's analyzers see them: every workload's pod template, outside the namespaces Istio drops. */
  readonly pods: readonly IndexedWorkload[];
  readonly hosts: HostRegistry;
  /** The pods with every label of `set` (all pods for an empty set), found through a label index. */
  podsWith(set: Readonly<Record<string, string>>): readonly IndexedWorkload[];
  /** The first pod with every label of `set` that passes `also`, without collecting the rest. */
  findPodWith(set: Readonly<Record<string, string>>, also?: (p: IndexedWorkload) => boolean): IndexedWorkload | undefined;
  /** The pods each Service of the input selects. */
  podsOf(svc: IndexedService): readonly IndexedWorkload[];
}

const cache = new WeakMap<LintIndex, TrafficIndex>();

export function trafficIndex(index: LintIndex): TrafficIndex {
  let t = cache.get(index);
  if (!t) cache.set(index, (t = build(index)));
  return t;
}

function group(obj: IndexedObject): string {
  const v = str(obj.located.object.apiVersion);
  return v.includes('/') ? v.slice(0, v.indexOf('/')) : '';
}

export const NETWORKING = 'networking.istio.io';
export const SECURITY = 'security.istio.io';
export const TELEMETRY = 'telemetry.istio.io';

function build(index: LintIndex): TrafficIndex {
  const t = {
    virtualServices: [] as VirtualService[],
    destinationRules: [] as DestinationRule[],
    gateways: [] as Gateway[],
    kubernetesGateways: new Map<string, IndexedObject>(),
    sidecars: [] as SelectorPolicy[],
    authorizationPolicies: [] as SelectorPolicy[],
    telemetries: [] as SelectorPolicy[],
    serviceEntries: [] as IndexedObject[],
  };
  for (const obj of index.objects) {
    if (!isAnalyzedByIstio(obj)) continue;
    const g = group(obj);
    if (g === 'gateway.networking.k8s.io' && obj.kind === 'Gateway') t.kubernetesGateways.set(refKey(obj.namespace, obj.name), obj);
    if (g === NETWORKING) {
      if (obj.kind === 'VirtualService') t.virtualServices.push(readVirtualService(obj));
      else if (obj.kind === 'DestinationRule') t.destinationRules.push(readDestinationRule(obj));
      else if (obj.kind === 'Gateway') t.gateways.push(readGateway(obj));
      else if (obj.kind === 'ServiceEntry') t.serviceEntries.push(obj);
      else if (obj.kind === 'Sidecar') t.sidecars.push(readPolicy(obj, 'workloadSelector', 'labels'));
    } else if (g === SECURITY && obj.kind === 'AuthorizationPolicy') {
      t.authorizationPolicies.push(readPolicy(obj, 'selector', 'matchLabels'));
    } else if (g === TELEMETRY && obj.kind === 'Telemetry') {
      t.telemetries.push(readPolicy(obj, 'selector', 'matchLabels'));
    }
  }
  const services = index.services.filter(isAnalyzedByIstio);
  const pods = index.workloads.filter(isAnalyzedByIstio);
  const byLabel = new Map<string, IndexedWorkload[]>();
  for (const p of pods) {
    for (const [k, v] of Object.entries(p.podLabels)) {
      const key = JSON.stringify([k, v]);
      const list = byLabel.get(key);
      if (list) list.push(p);
      else byLabel.set(key, [p]);
    }
  }
  const candidates = (set: Readonly<Record<string, string>>): readonly IndexedWorkload[] => {
    let smallest: readonly IndexedWorkload[] | undefined;
    for (const [k, v] of Object.entries(set)) {
      const list = byLabel.get(JSON.stringify([k, v])) ?? [];
      if (smallest === undefined || list.length < smallest.length) smallest = list;
    }
    return smallest ?? pods;
  };
  const podsWith = (set: Readonly<Record<string, string>>) => candidates(set).filter((p) => matchesSet(set, p.podLabels));
  const findPodWith = (set: Readonly<Record<string, string>>, also: (p: IndexedWorkload) => boolean = () => true) =>
    candidates(set).find((p) => matchesSet(set, p.podLabels) && also(p));
  const selected = new Map<IndexedService, IndexedWorkload[]>();
  for (const p of pods) {
    for (const svc of p.services) {
      const list = selected.get(svc);
      if (list) list.push(p);
      else selected.set(svc, [p]);
    }
  }
  const podsOf = (svc: IndexedService): readonly IndexedWorkload[] => selected.get(svc) ?? [];
  return { ...t, pods, hosts: new HostRegistry(t.serviceEntries, services), podsWith, findPodWith, podsOf };
}

export function specOf(obj: IndexedObject): Record<string, unknown> {
  return isMap(obj.located.object.spec) ? obj.located.object.spec : {};
}

function at(obj: IndexedObject, ...tokens: Array<string | number>): string {
  return joinPointer(obj.located.pointer, 'spec', ...tokens);
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function stringFields(obj: IndexedObject, v: unknown, field: string): Field<string>[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x, i) => (typeof x === 'string' ? [{ value: x, pointer: at(obj, field, i) }] : []));
}

function readDestination(obj: IndexedObject, rule: string, d: unknown, tokens: Array<string | number>): Destination[] {
  if (!isMap(d)) return [];
  const host = { value: str(d.host), pointer: at(obj, ...tokens, 'host') };
  const subset = typeof d.subset === 'string' && d.subset !== '' ? { value: d.subset, pointer: at(obj, ...tokens, 'subset') } : undefined;
  const number = isMap(d.port) && typeof d.port.number === 'number' ? d.port.number : undefined;
  const port = number !== undefined ? { value: number, pointer: at(obj, ...tokens, 'port', 'number') } : undefined;
  return [{ rule, host, ...(subset ? { subset } : {}), ...(port ? { port } : {}) }];
}

function readVirtualService(obj: IndexedObject): VirtualService {
  const spec = specOf(obj);
  const routes: Destination[] = [];
  const mirrors: Destination[] = [];
  // Istio's order: tcp, tls, then http routes.
  for (const kind of ['tcp', 'tls', 'http']) {
    const rules = Array.isArray(spec[kind]) ? (spec[kind] as unknown[]) : [];
    rules.forEach((r, i) => {
      if (!isMap(r) || !Array.isArray(r.route)) return;
      r.route.forEach((rd, j) => {
        if (isMap(rd)) routes.push(...readDestination(obj, kind, rd.destination, [kind, i, 'route', j, 'destination']));
      });
    });
  }
  const http = Array.isArray(spec.http) ? spec.http : [];
  http.forEach((r, i) => {
    if (!isMap(r)) return;
    mirrors.push(...readDestination(obj, 'http.mirror', r.mirror, ['http', i, 'mirror']));
    if (Array.isArray(r.mirrors)) {
      r.mirrors.forEach((m, j) => {
        if (isMap(m)) mirrors.push(...readDestination(obj, 'http.mirrors', m.destination, ['http', i, 'mirrors', j, 'destination']));
      });
    }
  });
  return {
    obj,
    hosts: stringFields(obj, spec.hosts, 'hosts'),
    gateways: stringFields(obj, spec.gateways, 'gateways'),
    exportTo: strings(spec.exportTo),
    routes,
    mirrors,
  };
}

function readDestinationRule(obj: IndexedObject): DestinationRule {
  const spec = specOf(obj);
  const subsets = Array.isArray(spec.subsets) ? spec.subsets : [];
  return {
    obj,
    host: { value: str(spec.host), pointer: at(obj, 'host') },
    exportTo: strings(spec.exportTo),
    subsets: subsets.flatMap((s, i): Subset[] =>
      isMap(s) ? [{ name: { value: str(s.name), pointer: at(obj, 'subsets', i, 'name') }, labels: labelMap(s.labels) }] : [],
    ),
  };
}

function readGateway(obj: IndexedObject): Gateway {
  const spec = specOf(obj);
  const servers = Array.isArray(spec.servers) ? spec.servers : [];
  return {
    obj,
    selector: labelMap(spec.selector),
    selectorPointer: isMap(spec.selector) ? at(obj, 'selector') : at(obj),
    servers: servers.flatMap((s, i): Server[] => {
      if (!isMap(s)) return [];
      const port = isMap(s.port) && typeof s.port.number === 'number' ? s.port.number : undefined;
      return [{ pointer: at(obj, 'servers', i), port, hosts: strings(s.hosts), bind: str(s.bind) }];
    }),
  };
}

function readPolicy(obj: IndexedObject, field: string, labelsField: string): SelectorPolicy {
  const spec = specOf(obj);
  const sel = spec[field];
  const selector = isMap(sel) ? labelMap(sel[labelsField]) : undefined;
  return {
    obj,
    selector,
    selectorPointer: isMap(sel) && isMap(sel[labelsField]) ? at(obj, field, labelsField) : at(obj, field),
    spec,
  };
}

/** `namespace/name`, as resources reference each other (a key, not a message: messages use describeObject). */
export function refKey(namespace: string, name: string): string {
  return [namespace, name].join('/');
}

/** Kubernetes' `labels.SelectorFromSet(set).Matches(labels)`: every pair present (an empty set matches all). */
export function matchesSet(set: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  for (const [k, v] of Object.entries(set)) if (labels[k] !== v) return false;
  return true;
}

/** Kubernetes' `labels.Set.String()`: `k=v` pairs sorted by key, comma-separated. */
export function selectorString(set: Readonly<Record<string, string>>): string {
  return Object.keys(set)
    .sort()
    .map((k) => `${k}=${set[k]}`)
    .join(',');
}
